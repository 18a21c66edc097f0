package io.github.zhnorm.dict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DictionaryParserTest {

    private static TextDictionary strict(String text) throws IOException {
        return DictionaryParser.parse(new StringReader(text), "t.txt", LineFormat.STRICT);
    }

    private static String strictError(String text) {
        return assertThrows(DictionaryFormatException.class, () -> strict(text)).getMessage();
    }

    @Test
    void readsKeysValuesCommentsAndBlankLines() throws IOException {
        TextDictionary d = strict("# comment\n\n发\t髮 發\n头\t頭\n");
        assertEquals(2, d.size());
        assertEquals(List.of("髮", "發"), d.entries().get("发"));
        assertEquals("頭", d.first("头"));
    }

    @Test
    void firstOccurrenceOfAKeyCounts() throws IOException {
        assertEquals("A", strict("k\tA\nk\tB\n").first("k"));
    }

    @Test
    void malformedLinesFailWithFileAndLine() {
        assertEquals("t.txt:2: expected key<TAB>value, found no TAB", strictError("a\tb\nno tab here\n"));
        assertEquals("t.txt:1: empty key", strictError("\tb\n"));
        assertEquals("t.txt:1: more than one TAB", strictError("a\tb\tc\n"));
        assertTrue(strictError("a\tb  c\n").startsWith("t.txt:1: empty value"));
        assertTrue(strictError("a\t\n").startsWith("t.txt:1: empty value"));
        assertTrue(strictError("x\ny\tz\n").startsWith("t.txt:1:"));
    }

    @Test
    void unpairedSurrogatesAreRejected() {
        assertTrue(strictError("a\uD800\tb\n").contains("unpaired surrogate"));
        assertTrue(strictError("a\tb\uDC00\n").contains("unpaired surrogate"));
    }

    @Test
    void bundledFormatAcceptsCrlfAndSpaceSeparators() throws IOException {
        TextDictionary d = DictionaryParser.parse(new StringReader("互联网 網際網路\r\n只\t只 衹\r\n"), "b",
                LineFormat.BUNDLED);
        assertEquals("網際網路", d.first("互联网"));
        assertEquals(List.of("只", "衹"), d.entries().get("只"));
    }

    @Test
    void bundledFormatStillRejectsAKeyWithoutValue() {
        assertThrows(DictionaryFormatException.class,
                () -> DictionaryParser.parse(new StringReader("lonely\r\n"), "b", LineFormat.BUNDLED));
    }

    @Test
    void filesAreReadAsStrictUtf8(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'a', '\t', (byte) 0xFF, '\n'});
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class,
                () -> DictionaryParser.parse(bad, LineFormat.STRICT));
        assertTrue(e.getMessage().contains("bad.txt"), e.getMessage());
        Path missing = dir.resolve("missing.txt");
        assertTrue(assertThrows(DictionaryFormatException.class,
                () -> DictionaryParser.parse(missing, LineFormat.STRICT)).getMessage().contains("not found"));
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "\uFEFF头\t頭\n", StandardCharsets.UTF_8);
        assertEquals("頭", DictionaryParser.parse(good, LineFormat.STRICT).first("头"));
    }

    @Test
    void inversionMapsEachValueBackToItsFirstKey() throws IOException {
        TextDictionary rev = strict("爲\t為\n僞\t偽\n樑\t梁 樑\n梁\t梁\n").inverted("rev");
        assertEquals("爲", rev.first("為"));
        assertEquals("樑", rev.first("梁"));
        assertEquals("樑", rev.first("樑"));
    }

    @Test
    void overlayOverridesAndAdds() throws IOException {
        TextDictionary d = strict("a\t1\nb\t2\n").overlaidBy(strict("b\t3\nc\t4\n"));
        assertEquals("1", d.first("a"));
        assertEquals("3", d.first("b"));
        assertEquals("4", d.first("c"));
    }
}
