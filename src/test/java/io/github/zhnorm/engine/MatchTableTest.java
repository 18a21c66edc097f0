package io.github.zhnorm.engine;

import org.junit.jupiter.api.Test;

import static io.github.zhnorm.engine.Dicts.convert;
import static io.github.zhnorm.engine.Dicts.leaf;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MatchTableTest {

    @Test
    void longestKeyWinsAndScanMovesPastTheMatch() {
        DictSpec d = leaf("a", "1", "ab", "2", "abc", "3", "b", "4");
        assertEquals("3", convert(d, "abc"));
        assertEquals("24", convert(d, "abb"));
        assertEquals("1x", convert(d, "ax"));
    }

    @Test
    void unmatchedTextIsCopiedAndPrefixWithoutValueFallsBack() {
        // "abcd" exists, "abc" does not: on "abcx" the walk goes deep, the answer is the longest real key "ab".
        DictSpec d = leaf("ab", "X", "abcd", "Y");
        assertEquals("Xcx", convert(d, "abcx"));
        assertEquals("Y", convert(d, "abcd"));
        assertEquals("zz", convert(d, "zz"));
    }

    @Test
    void firstValueOfMultiValuedEntryIsUsed() {
        assertEquals("髮", convert(leaf("发", "髮 發"), "发"));
    }

    @Test
    void shortCircuitTakesFirstDictionaryWithAnyMatchEvenIfShorter() {
        DictSpec group = DictSpec.shortCircuit(leaf("a", "1"), leaf("ab", "2"));
        assertEquals("1b", convert(group, "ab"));
    }

    @Test
    void shortCircuitFallsThroughWhenFirstHasNoMatchHere() {
        DictSpec group = DictSpec.shortCircuit(leaf("x", "9"), leaf("ab", "2"));
        assertEquals("2", convert(group, "ab"));
        assertEquals("9", convert(group, "x"));
    }

    @Test
    void shortCircuitUsesTheWinnersOwnLongestMatch() {
        DictSpec group = DictSpec.shortCircuit(leaf("a", "1", "abc", "3"), leaf("ab", "2"));
        assertEquals("3", convert(group, "abc"));
        assertEquals("1b", convert(group, "ab"));
    }

    @Test
    void unionTakesLongestAcrossMembersAndEarlierOnTies() {
        DictSpec group = DictSpec.union(leaf("a", "1", "ab", "E"), leaf("ab", "L", "abc", "3"));
        assertEquals("3", convert(group, "abc"));
        assertEquals("E", convert(group, "ab"));
        assertEquals("1", convert(group, "a"));
    }

    @Test
    void nestedGroupsAsInS2t() {
        // [ (phrases ∪ generated) | characters ]
        DictSpec s2t = DictSpec.shortCircuit(
                DictSpec.union(leaf("头发", "頭髮"), leaf("发现", "發現", "头发现", "NOPE")),
                leaf("头", "頭", "发", "發", "现", "現"));
        assertEquals("NOPE", convert(s2t, "头发现"));
        assertEquals("頭髮", convert(s2t, "头发"));
        assertEquals("發現", convert(s2t, "发现"));
        assertEquals("頭", convert(s2t, "头"));
    }

    @Test
    void surrogatePairsAreMatchedWholeAndNeverSplit() {
        String ext = "𠀀"; // U+20000, a surrogate pair
        DictSpec d = leaf(ext, "A", ext + "x", "B");
        assertEquals("A", convert(d, ext));
        assertEquals("B", convert(d, ext + "x"));
        assertEquals("𠀁y", convert(d, "𠀁y"));
        // a key that is a different pair sharing the high surrogate does not match
        assertEquals("𠀁", convert(leaf("𠀀", "A"), "𠀁"));
    }

    @Test
    void loneSurrogatesPassThrough() {
        DictSpec d = leaf("a", "b");
        assertEquals("\uD800b\uDC00b", convert(d, "\uD800a\uDC00a"));
    }

    @Test
    void valueMayBeLongerOrShorterThanKey() {
        DictSpec d = leaf("ab", "xyzw", "cde", "Q");
        assertEquals("xyzwQxyzw", convert(d, "abcdeab"));
    }

    @Test
    void tableWhereMostCharsStartLongerKeysConvertsLikeTheWalkByWalkPath() {
        // Over 400 first chars with longer keys behind them: convert() tests the pair first (as for OpenCC's
        // Simplified phrases). It must agree with the explaining path, which walks at every position.
        java.util.Random r = new java.util.Random(11);
        java.util.Map<String, java.util.List<String>> entries = new java.util.LinkedHashMap<>();
        String[] alphabet = new String[1600];
        for (int i = 0; i < alphabet.length; i++) {
            alphabet[i] = i % 97 == 0 ? new String(Character.toChars(0x20000 + i)) : String.valueOf((char) (0x4E00 + i));
        }
        for (int i = 0; i < alphabet.length; i++) {
            entries.put(alphabet[i] + alphabet[r.nextInt(alphabet.length)], java.util.List.of("P" + i));
            if (i % 3 == 0) {
                entries.put(alphabet[i], java.util.List.of(i % 2 == 0 ? "S" : "SS"));
            }
            if (i % 5 == 0) {
                entries.put(alphabet[i] + alphabet[i] + alphabet[r.nextInt(alphabet.length)],
                        java.util.List.of(alphabet[i]));
            }
        }
        MatchTable t = MatchTable.compile(new DictSpec.Leaf(io.github.zhnorm.dict.TextDictionary.of("big", entries)));
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0, n = r.nextInt(300); k < n; k++) {
                sb.append(r.nextInt(10) == 0 ? "\uD800" : alphabet[r.nextInt(r.nextBoolean() ? 40 : alphabet.length)]);
            }
            char[] in = sb.toString().toCharArray();
            CharBuf fast = new CharBuf(4);
            CharBuf slow = new CharBuf(4);
            t.convert(in, 0, in.length, fast);
            t.convert(in, 0, in.length, slow, (is, ie, os, oe, dict) -> { });
            assertEquals(slow.toString(), fast.toString(), "round " + round);
        }
    }
}
