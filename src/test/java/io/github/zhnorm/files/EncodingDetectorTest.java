package io.github.zhnorm.files;

import io.github.zhnorm.files.DetectedEncoding.Confidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncodingDetectorTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");

    static Stream<String> traditional() {
        return ChineseSamples.TRADITIONAL.stream();
    }

    static Stream<String> simplified() {
        return ChineseSamples.SIMPLIFIED.stream();
    }

    @ParameterizedTest
    @MethodSource("traditional")
    void traditionalInBig5(String text) {
        assertDetected(BIG5, text);
    }

    @ParameterizedTest
    @MethodSource("traditional")
    void traditionalInGb18030(String text) {
        assertDetected(GB18030, text);
    }

    @ParameterizedTest
    @MethodSource("simplified")
    void simplifiedInGb18030(String text) {
        assertDetected(GB18030, text);
    }

    @ParameterizedTest
    @MethodSource({"traditional", "simplified"})
    void utf8(String text) {
        DetectedEncoding d = EncodingDetector.detect(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(Confidence.HIGH, d.confidence());
        assertFalse(d.hasBom());
    }

    @Test
    void hongKongTextNeedsHkscs() {
        assertFalse(BIG5.newEncoder().canEncode(ChineseSamples.HONG_KONG));
        DetectedEncoding d = assertDetected(BIG5_HKSCS, ChineseSamples.HONG_KONG);
        assertTrue(d.reason().contains("not valid Big5"), d.reason());
    }

    @Test
    void plainBig5IsNotCalledHkscs() {
        assertEquals(BIG5, EncodingDetector.detect(ChineseSamples.TRADITIONAL.get(5).getBytes(BIG5)).charset());
    }

    @Test
    void validUtf8WithAPrivateUseCharacterStaysUtf8() {
        DetectedEncoding d = EncodingDetector.detect("圖示\uE000".getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(Confidence.LOW, d.confidence());
        assertEquals("valid UTF-8, with 1 control, private-use or unassigned character", d.reason());
    }

    @Test
    void shortGb18030ThatHappensToBeValidUtf8() throws Exception {
        // D6BB D78C is valid UTF-8 too, for U+05BB and the unassigned U+05CC.
        byte[] bytes = "只讓".getBytes(GB18030);
        StrictDecoder.decode(bytes, StandardCharsets.UTF_8, "x");
        assertEquals(GB18030, EncodingDetector.detect(bytes).charset());
    }

    @Test
    void asciiIsUtf8() {
        DetectedEncoding d = EncodingDetector.detect("plain text\r\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals("ASCII only", d.reason());
    }

    @Test
    void emptyIsUtf8() {
        assertEquals(StandardCharsets.UTF_8, EncodingDetector.detect(new byte[0]).charset());
    }

    @Test
    void byteOrderMarksSettleIt() {
        String text = "中文 text";
        for (Bom bom : Bom.values()) {
            byte[] bytes = Bytes.concat(bom.bytes(), text.getBytes(bom.charset()));
            DetectedEncoding d = EncodingDetector.detect(bytes);
            assertEquals(bom.charset(), d.charset(), bom.name());
            assertEquals(bom, d.bom().orElseThrow());
            assertEquals(bom.length(), d.bomLength());
            assertEquals(Confidence.CERTAIN, d.confidence());
        }
    }

    @Test
    void utf32LittleEndianMarkIsNotTakenForUtf16() {
        byte[] bytes = Bytes.concat(Bom.UTF_32LE.bytes(), "字".getBytes(Charset.forName("UTF-32LE")));
        assertEquals(Bom.UTF_32LE, EncodingDetector.detect(bytes).bom().orElseThrow());
    }

    @Test
    void pngIsBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
        DetectedEncoding d = EncodingDetector.detect(png);
        assertTrue(d.isBinary());
        assertEquals("NUL byte at offset 8", d.reason());
        assertThrows(IllegalStateException.class, d::charset);
    }

    @Test
    void nulInUtf8TextIsBinary() {
        assertTrue(EncodingDetector.detect("中文\0文字".getBytes(StandardCharsets.UTF_8)).isBinary());
        assertTrue(EncodingDetector.detect(Bytes.concat(Bom.UTF_8.bytes(), new byte[] {'a', 0})).isBinary());
    }

    @Test
    void randomBytesWithoutNulAreBinary() {
        byte[] bytes = new byte[4096];
        Random random = new Random(7);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (1 + random.nextInt(255));
        }
        DetectedEncoding d = EncodingDetector.detect(bytes);
        assertTrue(d.isBinary(), d.toString());
    }

    @Test
    void controlCharactersAreBinary() {
        byte[] bytes = new byte[300];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 'a' : 1 + i % 8);
        }
        assertTrue(EncodingDetector.detect(bytes).isBinary());
    }

    @Test
    void truncatedUtf8IsReportedAtItsOffset() {
        byte[] whole = "文字編碼測試".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length - 1);
        assertInvalidEverywhere(truncated);
        DetectedEncoding d = EncodingDetector.detect(truncated);
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(Confidence.LOW, d.confidence());
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> DecodedText.decode(truncated, d, "cut.txt"));
        assertEquals(15, e.byteOffset());
        assertEquals("cut.txt: not valid UTF-8 at byte offset 15", e.getMessage());
    }

    @Test
    void aStrayByteInUtf8TextIsReportedAtItsOffset() {
        byte[] good = "混合文字：繁體與简体，共二十個字左右。".getBytes(StandardCharsets.UTF_8);
        byte[] bad = Bytes.concat(java.util.Arrays.copyOf(good, 12), new byte[] {(byte) 0xFF},
                java.util.Arrays.copyOfRange(good, 12, good.length));
        assertInvalidEverywhere(bad);
        DetectedEncoding d = EncodingDetector.detect(bad);
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertTrue(d.reason().contains("offset 12"), d.reason());
        assertEquals(12, assertThrows(MalformedInputException.class,
                () -> DecodedText.decode(bad, d, "x")).byteOffset());
    }

    @Test
    void reasonComparesTheCandidates() {
        DetectedEncoding d = EncodingDetector.detect(ChineseSamples.TRADITIONAL.get(15).getBytes(BIG5));
        assertTrue(d.reason().startsWith("Big5: "), d.reason());
        assertTrue(d.reason().contains("as GB18030"), d.reason());
        assertEquals(Confidence.HIGH, d.confidence());
    }

    private static DetectedEncoding assertDetected(Charset charset, String text) {
        DetectedEncoding d = EncodingDetector.detect(text.getBytes(charset));
        assertFalse(d.isBinary(), d.toString());
        assertEquals(charset, d.charset(), d.toString());
        assertFalse(d.hasBom());
        return d;
    }

    private static void assertInvalidEverywhere(byte[] bytes) {
        for (Charset c : new Charset[] {StandardCharsets.UTF_8, GB18030, BIG5, BIG5_HKSCS}) {
            assertThrows(MalformedInputException.class, () -> StrictDecoder.decode(bytes, c, "x"), c.name());
        }
    }
}
