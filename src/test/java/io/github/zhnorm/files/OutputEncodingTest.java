package io.github.zhnorm.files;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputEncodingTest {
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset GB18030 = Charset.forName("GB18030");

    @Test
    void keepAndNames() {
        assertSame(OutputEncoding.KEEP, OutputEncoding.parse("keep"));
        assertSame(OutputEncoding.KEEP, OutputEncoding.parse("Keep"));
        assertEquals("Big5", OutputEncoding.parse("big5").toString());
        assertEquals("UTF-8", OutputEncoding.UTF_8.toString());
    }

    @Test
    void unknownNameListsExamples() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OutputEncoding.parse("utf8x"));
        assertTrue(e.getMessage().startsWith("unknown encoding 'utf8x': use keep or a Java charset name such as"),
                e.getMessage());
    }

    @Test
    void keepWritesTheInputCharset() throws Exception {
        DetectedEncoding input = EncodingDetector.detect("臺北的天氣很好".getBytes(BIG5));
        assertEquals(BIG5, OutputEncoding.KEEP.charsetFor(input));
        assertArrayEquals("台北".getBytes(BIG5), OutputEncoding.KEEP.encode("台北", input, "a.txt"));
    }

    @Test
    void utf8IsTheDefaultAndWritesNoMarkForInputWithout() throws Exception {
        DetectedEncoding input = EncodingDetector.detect("天气".getBytes(GB18030));
        assertArrayEquals("天气".getBytes(StandardCharsets.UTF_8), OutputEncoding.UTF_8.encode("天气", input, "a"));
    }

    @Test
    void markIsKeptForUnicodeOutput() throws Exception {
        DetectedEncoding utf8Bom = EncodingDetector.detect(Bytes.concat(Bom.UTF_8.bytes(), "字".getBytes(
                StandardCharsets.UTF_8)));
        assertArrayEquals(Bytes.concat(Bom.UTF_8.bytes(), "字".getBytes(StandardCharsets.UTF_8)),
                OutputEncoding.UTF_8.encode("字", utf8Bom, "a"));
        // In the output's own byte order.
        assertArrayEquals(Bytes.concat(Bom.UTF_16BE.bytes(), "字".getBytes(StandardCharsets.UTF_16BE)),
                OutputEncoding.parse("UTF-16BE").encode("字", utf8Bom, "a"));
        DetectedEncoding utf16le = EncodingDetector.detect(Bytes.concat(Bom.UTF_16LE.bytes(), "字".getBytes(
                StandardCharsets.UTF_16LE)));
        assertArrayEquals(Bytes.concat(Bom.UTF_8.bytes(), "字".getBytes(StandardCharsets.UTF_8)),
                OutputEncoding.UTF_8.encode("字", utf16le, "a"));
        assertArrayEquals(Bytes.concat(Bom.UTF_32LE.bytes(), "字".getBytes(Charset.forName("UTF-32LE"))),
                OutputEncoding.parse("UTF-32LE").encode("字", utf16le, "a"));
    }

    @Test
    void noMarkForNonUnicodeOutput() throws Exception {
        DetectedEncoding utf8Bom = EncodingDetector.detect(Bytes.concat(Bom.UTF_8.bytes(), "字".getBytes(
                StandardCharsets.UTF_8)));
        assertArrayEquals("字".getBytes(GB18030), OutputEncoding.parse("GB18030").encode("字", utf8Bom, "a"));
    }

    @Test
    void noMarkWhenTheInputHadNone() throws Exception {
        DetectedEncoding plain = EncodingDetector.detect("字".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("字".getBytes(StandardCharsets.UTF_16LE),
                OutputEncoding.parse("UTF-16LE").encode("字", plain, "a"));
    }

    @Test
    void unmarkedUtf16IsBigEndianWithAMark() throws Exception {
        DetectedEncoding plain = EncodingDetector.detect("字".getBytes(StandardCharsets.UTF_8));
        OutputEncoding utf16 = OutputEncoding.parse("UTF-16");
        assertEquals(StandardCharsets.UTF_16BE, utf16.charsetFor(plain));
        assertArrayEquals(Bytes.concat(Bom.UTF_16BE.bytes(), "字".getBytes(StandardCharsets.UTF_16BE)),
                utf16.encode("字", plain, "a"));
    }

    @Test
    void lineEndingsAreLeftAlone() throws Exception {
        String text = "一\r\n二\r三\n四\r\n";
        DetectedEncoding input = EncodingDetector.detect(text.getBytes(StandardCharsets.UTF_8));
        for (Charset c : new Charset[] {StandardCharsets.UTF_8, GB18030, BIG5, StandardCharsets.UTF_16LE}) {
            assertArrayEquals(text.getBytes(c), OutputEncoding.named(c).encode(text, input, "a"), c.name());
        }
    }

    @Test
    void unencodableCharacterSaysWhatAndWhere() {
        DetectedEncoding input = EncodingDetector.detect("x".getBytes(StandardCharsets.UTF_8));
        String text = "第一行\r\n第二行 😀 笑臉\n";
        UnencodableCharacterException e = assertThrows(UnencodableCharacterException.class,
                () -> OutputEncoding.parse("Big5").encode(text, input, "smile.txt"));
        assertEquals(0x1F600, e.codePoint());
        assertEquals(2, e.line());
        assertEquals(5, e.column());
        assertEquals("smile.txt: '😀' (U+1F600) at line 2, column 5 cannot be written in Big5", e.getMessage());
    }

    @Test
    void columnsCountCodePointsAndLoneCarriageReturnsEndLines() {
        DetectedEncoding input = EncodingDetector.detect("x".getBytes(StandardCharsets.UTF_8));
        String text = "a\rb𠀀c这";
        UnencodableCharacterException e = assertThrows(UnencodableCharacterException.class,
                () -> OutputEncoding.parse("Big5").encode(text, input, "a"));
        assertEquals(2, e.line());
        assertEquals(2, e.column());
        assertEquals(0x20000, e.codePoint());
    }

    @Test
    void simplifiedCharacterToBig5() {
        DetectedEncoding input = EncodingDetector.detect("x".getBytes(StandardCharsets.UTF_8));
        UnencodableCharacterException e = assertThrows(UnencodableCharacterException.class,
                () -> OutputEncoding.parse("Big5").encode("臺灣和台湾", input, "a"));
        assertEquals("a: '湾' (U+6E7E) at line 1, column 5 cannot be written in Big5", e.getMessage());
    }

    @Test
    void loneSurrogateIsNamedByCodePoint() {
        DetectedEncoding input = EncodingDetector.detect("x".getBytes(StandardCharsets.UTF_8));
        UnencodableCharacterException e = assertThrows(UnencodableCharacterException.class,
                () -> OutputEncoding.UTF_8.encode("ab\uD800", input, "a"));
        assertEquals("a: U+D800 at line 1, column 3 cannot be written in UTF-8", e.getMessage());
    }

    @Test
    void keepOfBinaryInputIsAnError() {
        assertThrows(IllegalStateException.class,
                () -> OutputEncoding.KEEP.charsetFor(EncodingDetector.detect(new byte[] {0})));
    }
}
