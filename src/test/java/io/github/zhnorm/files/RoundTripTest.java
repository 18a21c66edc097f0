package io.github.zhnorm.files;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bytes read with {@code --encoding auto} and written with {@code --output-encoding keep} come out unchanged. */
class RoundTripTest {
    private static final String MIXED = "第一行：繁體中文，臺灣。\r\nSecond line, ASCII.\n第三行：简体中文，北京。\n";
    private static final String TRADITIONAL = String.join("\r\n", ChineseSamples.TRADITIONAL) + "\r\n";

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("UTF-8", null, MIXED),
                Arguments.of("UTF-8", Bom.UTF_8, MIXED),
                Arguments.of("UTF-16LE", Bom.UTF_16LE, MIXED + "𠀀"),
                Arguments.of("UTF-16BE", Bom.UTF_16BE, MIXED + "𠀀"),
                Arguments.of("UTF-32LE", Bom.UTF_32LE, MIXED),
                Arguments.of("GB18030", null, MIXED + "𠀀"),
                Arguments.of("Big5", null, TRADITIONAL),
                Arguments.of("Big5-HKSCS", null, ChineseSamples.HONG_KONG + "\n升降機叫𨋢。\n"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("files")
    void roundTrip(String charsetName, Bom bom, String text) throws Exception {
        Charset charset = Charset.forName(charsetName);
        byte[] bytes = Bytes.concat(bom == null ? new byte[0] : bom.bytes(), text.getBytes(charset));

        DecodedText decoded = InputEncoding.AUTO.read(bytes, "f");
        assertEquals(text, decoded.text());
        assertEquals(charset, decoded.encoding().charset(), decoded.encoding().toString());
        assertEquals(bom, decoded.encoding().bom().orElse(null));

        assertArrayEquals(bytes, OutputEncoding.KEEP.encode(decoded.text(), decoded.encoding(), "f"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("files")
    void toUtf8AndBack(String charsetName, Bom bom, String text) throws Exception {
        Charset charset = Charset.forName(charsetName);
        byte[] bytes = Bytes.concat(bom == null ? new byte[0] : bom.bytes(), text.getBytes(charset));
        DecodedText decoded = InputEncoding.AUTO.read(bytes, "f");

        byte[] utf8 = OutputEncoding.UTF_8.encode(decoded.text(), decoded.encoding(), "f");
        byte[] expected = Bytes.concat(bom == null ? new byte[0] : Bom.UTF_8.bytes(),
                text.getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(expected, utf8);

        DecodedText again = InputEncoding.AUTO.read(utf8, "f");
        assertArrayEquals(bytes, OutputEncoding.named(charset).encode(again.text(), again.encoding(), "f"));
    }
}
