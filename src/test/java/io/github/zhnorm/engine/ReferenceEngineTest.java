package io.github.zhnorm.engine;

import io.github.zhnorm.dict.TextDictionary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The optimized engine against a plain reference implementation of OpenCC's rules (maps, substring tests, the
 * group policies written out), on random dictionaries and texts over a small alphabet that includes characters
 * above U+8000 and surrogate pairs.
 */
class ReferenceEngineTest {
    private static final String[] ALPHABET = {"a", "b", "c", "头", "发", "龍", "\uFF5E", "\uE000", "𠀀", "𠀁", "😀",
        "⿰", "⿲"};

    /** Length of the segmentation unit at i: a description sequence (⿰ takes 2 operands, ⿲ 3) or a code point. */
    private static int unit(String text, int i) {
        char c = text.charAt(i);
        if (c == '⿰' || c == '⿲') {
            int j = i + 1;
            for (int k = c == '⿰' ? 2 : 3; k > 0 && j < text.length(); k--) {
                j += unit(text, j);
            }
            return j - i;
        }
        return Character.isHighSurrogate(c) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
    }

    private static String word(Random r, int maxLen) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 1 + r.nextInt(maxLen); i < n; i++) {
            sb.append(ALPHABET[r.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    private static TextDictionary randomDict(Random r) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0, n = 1 + r.nextInt(12); i < n; i++) {
            m.putIfAbsent(word(r, 4), List.of(word(r, 3)));
        }
        return TextDictionary.of("d" + r.nextInt(1000), m);
    }

    private static DictSpec randomSpec(Random r, int depth) {
        if (depth == 0 || r.nextInt(3) == 0) {
            return new DictSpec.Leaf(randomDict(r));
        }
        List<DictSpec> members = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            members.add(randomSpec(r, depth - 1));
        }
        return new DictSpec.Group(r.nextBoolean() ? MatchPolicy.SHORT_CIRCUIT : MatchPolicy.UNION, members);
    }

    /** Longest match of a spec at pos: {length, value} or null. */
    private static Object[] refMatch(DictSpec s, String text, int pos, int end) {
        if (s instanceof DictSpec.Leaf l) {
            Object[] best = null;
            for (Map.Entry<String, List<String>> e : l.dictionary().entries().entrySet()) {
                String k = e.getKey();
                if (pos + k.length() <= end && text.startsWith(k, pos)
                        && (best == null || k.length() > (int) best[0])) {
                    best = new Object[] {k.length(), e.getValue().get(0)};
                }
            }
            return best;
        }
        DictSpec.Group g = (DictSpec.Group) s;
        Object[] best = null;
        for (DictSpec m : g.members()) {
            Object[] r = refMatch(m, text, pos, end);
            if (r == null) {
                continue;
            }
            if (g.policy() == MatchPolicy.SHORT_CIRCUIT) {
                return r;
            }
            if (best == null || (int) r[0] > (int) best[0]) {
                best = r;
            }
        }
        return best;
    }

    private static String refStage(DictSpec stage, String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            Object[] m = refMatch(stage, text, i, text.length());
            if (m == null) {
                int n = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
                out.append(text, i, i + n);
                i += n;
            } else {
                out.append((String) m[1]);
                i += (int) m[0];
            }
        }
        return out.toString();
    }

    private static String reference(DictSpec seg, List<DictSpec> stages, String text) {
        List<String> segments = new ArrayList<>();
        if (seg == null) {
            segments.add(text);
        } else {
            int i = 0;
            int unmatched = -1;
            while (i < text.length()) {
                Object[] m = refMatch(seg, text, i, text.length());
                if (m != null) {
                    if (unmatched >= 0) {
                        segments.add(text.substring(unmatched, i));
                        unmatched = -1;
                    }
                    segments.add(text.substring(i, i + (int) m[0]));
                    i += (int) m[0];
                } else {
                    if (unmatched < 0) {
                        unmatched = i;
                    }
                    i += unit(text, i);
                }
            }
            if (unmatched >= 0) {
                segments.add(text.substring(unmatched));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String s : segments) {
            for (DictSpec stage : stages) {
                s = refStage(stage, s);
            }
            out.append(s);
        }
        return out.toString();
    }

    @Test
    void optimizedEngineEqualsReferenceOnRandomDictionariesAndText() {
        Random r = new Random(42);
        for (int round = 0; round < 400; round++) {
            List<DictSpec> stages = new ArrayList<>();
            for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                stages.add(randomSpec(r, 2));
            }
            DictSpec seg = switch (r.nextInt(5)) {
                case 0 -> null;
                case 1 -> randomSpec(r, 1);
                case 2 -> stages.get(0); // the first stage segments (its keys are all segmentation keys)
                case 3 -> DictSpec.union(stages.get(0), randomSpec(r, 1));
                default -> { // as s2twp: segmentation X, first stage X | rest
                    DictSpec x = randomSpec(r, 1);
                    stages.set(0, DictSpec.shortCircuit(x, randomSpec(r, 1), randomSpec(r, 1)));
                    yield x;
                }
            };
            ConversionPipeline p = ConversionPipeline.compile(new ChainSpec("r", List.of(), seg, stages));
            for (int t = 0; t < 10; t++) {
                String text = word(r, 40);
                assertEquals(reference(seg, stages, text), p.convert(text), "round " + round + " text " + text);
            }
        }
    }

    @Test
    void longTextsGoThroughSeveralBlocksWithTheSameResult() {
        // several thousand segments: the stage-by-stage path works in blocks of a few thousand chars
        Random r = new Random(99);
        for (int round = 0; round < 30; round++) {
            List<DictSpec> stages = new ArrayList<>();
            for (int i = 0, n = 2 + r.nextInt(2); i < n; i++) {
                stages.add(randomSpec(r, 2));
            }
            DictSpec seg = round % 2 == 0 ? randomSpec(r, 1) : stages.get(0);
            ConversionPipeline p = ConversionPipeline.compile(new ChainSpec("r", List.of(), seg, stages));
            StringBuilder text = new StringBuilder();
            while (text.length() < 20_000) {
                text.append(word(r, 40));
            }
            String t = text.toString();
            assertEquals(reference(seg, stages, t), p.convert(t), "round " + round);
        }
    }
}
