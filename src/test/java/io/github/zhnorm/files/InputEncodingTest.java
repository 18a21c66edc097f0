package io.github.zhnorm.files;

import io.github.zhnorm.files.DetectedEncoding.Confidence;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputEncodingTest {

    @Test
    void autoInAnyCase() {
        assertSame(InputEncoding.AUTO, InputEncoding.parse("auto"));
        assertSame(InputEncoding.AUTO, InputEncoding.parse("AUTO"));
        assertTrue(InputEncoding.AUTO.isAuto());
        assertEquals("auto", InputEncoding.AUTO.toString());
    }

    @Test
    void anyJavaCharsetName() {
        assertEquals("GB18030", InputEncoding.parse("gb18030").toString());
        assertEquals("Big5-HKSCS", InputEncoding.parse("big5hkscs").toString());
        assertEquals("windows-1252", InputEncoding.parse("cp1252").toString());
        assertFalse(InputEncoding.parse("UTF-8").isAuto());
    }

    @Test
    void unknownNameListsExamples() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InputEncoding.parse("big-5"));
        assertTrue(e.getMessage().startsWith("unknown encoding 'big-5': use auto or a Java charset name such as"),
                e.getMessage());
        assertTrue(e.getMessage().contains("GB18030") && e.getMessage().contains("Big5-HKSCS"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> InputEncoding.parse("no such/charset"));
        assertThrows(IllegalArgumentException.class, () -> InputEncoding.parse(""));
    }

    @Test
    void namedCharsetIsTakenAsGiven() throws Exception {
        String text = "今天天氣很好";
        byte[] bytes = text.getBytes("GB18030");
        DecodedText decoded = InputEncoding.parse("GB18030").read(bytes, "a.txt");
        assertEquals(text, decoded.text());
        assertEquals(Confidence.CERTAIN, decoded.encoding().confidence());
        // Detection would have said GB18030 too; named Big5 reads the same bytes as something else, or fails.
        assertThrows(MalformedInputException.class, () -> InputEncoding.parse("Big5").read(bytes, "a.txt"));
    }

    @Test
    void namedUtf8SkipsItsByteOrderMark() throws Exception {
        byte[] bytes = Bytes.concat(Bom.UTF_8.bytes(), "文字".getBytes(StandardCharsets.UTF_8));
        DecodedText decoded = InputEncoding.parse("UTF-8").read(bytes, "a.txt");
        assertEquals("文字", decoded.text());
        assertEquals(Bom.UTF_8, decoded.encoding().bom().orElseThrow());
    }

    @Test
    void namedUtf16TakesTheByteOrderFromTheMark() throws Exception {
        byte[] le = Bytes.concat(Bom.UTF_16LE.bytes(), "文字".getBytes(StandardCharsets.UTF_16LE));
        DecodedText decoded = InputEncoding.parse("UTF-16").read(le, "a.txt");
        assertEquals("文字", decoded.text());
        assertEquals(StandardCharsets.UTF_16LE, decoded.encoding().charset());
        assertTrue(decoded.encoding().hasBom());

        DetectedEncoding noMark = InputEncoding.parse("UTF-16").resolve("文字".getBytes(StandardCharsets.UTF_16BE));
        assertEquals(StandardCharsets.UTF_16BE, noMark.charset());
        assertFalse(noMark.hasBom());
    }

    @Test
    void namedUtf16WithoutMarkIsNotBinary() throws Exception {
        byte[] bytes = "ab".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("ab", InputEncoding.parse("UTF-16LE").read(bytes, "a.txt").text());
    }

    @Test
    void aMarkThatDoesNotFitTheNamedCharsetIsText() throws Exception {
        byte[] bytes = Bytes.concat(Bom.UTF_8.bytes(), "文".getBytes(StandardCharsets.UTF_8));
        DetectedEncoding d = InputEncoding.parse("GB18030").resolve(bytes);
        assertFalse(d.hasBom());
        assertEquals(Charset.forName("GB18030"), d.charset());
    }

    @Test
    void nulMakesANamedNarrowCharsetBinary() {
        byte[] bytes = {'a', 0, 'b'};
        BinaryInputException e = assertThrows(BinaryInputException.class,
                () -> InputEncoding.parse("GB18030").read(bytes, "img.png"));
        assertEquals("img.png: binary file, not converted (NUL byte at offset 1)", e.getMessage());
        assertThrows(BinaryInputException.class, () -> InputEncoding.AUTO.read(bytes, "img.png"));
    }

    @Test
    void malformedNamedInputGivesTheOffset() {
        byte[] bytes = {'a', 'b', 'c', (byte) 0xE4, (byte) 0xB8, 'd'};
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> InputEncoding.parse("UTF-8").read(bytes, "a.txt"));
        assertEquals(3, e.byteOffset());
    }

    @Test
    void malformedOffsetCountsTheByteOrderMark() {
        byte[] bytes = Bytes.concat(Bom.UTF_8.bytes(), new byte[] {'a', (byte) 0xFF});
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> InputEncoding.parse("UTF-8").read(bytes, "a.txt"));
        assertEquals(4, e.byteOffset());
    }
}
