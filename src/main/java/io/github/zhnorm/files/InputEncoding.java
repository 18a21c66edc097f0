package io.github.zhnorm.files;

import io.github.zhnorm.files.DetectedEncoding.Confidence;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code --encoding auto|NAME} choice: detect each file's encoding ({@link EncodingDetector}), or read every
 * file in one named charset. A named Unicode charset still honours a byte-order mark that fits it: UTF-8 skips a
 * UTF-8 mark, the unmarked UTF-16 and UTF-32 take their byte order from the mark (big-endian without one).
 */
public final class InputEncoding {
    /** Detect each file's encoding. */
    public static final InputEncoding AUTO = new InputEncoding(null);

    private final Charset charset;

    private InputEncoding(Charset charset) {
        this.charset = charset;
    }

    /**
     * {@code auto} (in any case) or a Java charset name.
     *
     * @throws IllegalArgumentException naming examples, if Java knows no charset by that name
     */
    public static InputEncoding parse(String option) {
        Objects.requireNonNull(option);
        if (option.strip().toLowerCase(Locale.ROOT).equals("auto")) {
            return AUTO;
        }
        return named(CharsetNames.forName(option.strip(), "auto"));
    }

    public static InputEncoding named(Charset charset) {
        return new InputEncoding(Objects.requireNonNull(charset));
    }

    public boolean isAuto() {
        return charset == null;
    }

    /** What {@code bytes} are: detected, or in the named charset (binary if it is not UTF-16/32 and has a NUL). */
    public DetectedEncoding resolve(byte[] bytes) {
        if (charset == null) {
            return EncodingDetector.detect(bytes);
        }
        String given = "encoding given as " + charset.name();
        Optional<Bom> bom = acceptedMarks().stream().filter(b -> b.isPrefixOf(bytes)).findFirst();
        Charset actual = bom.map(Bom::charset).orElse(CharsetNames.withByteOrder(charset));
        int nul = EncodingDetector.indexOfNul(bytes);
        if (nul >= 0 && !CharsetNames.isWide(actual)) {
            return DetectedEncoding.binary(Confidence.HIGH, "NUL byte at offset " + nul);
        }
        return bom.isPresent() ? DetectedEncoding.withBom(bom.get(), given + ", byte-order mark")
                : DetectedEncoding.text(actual, Confidence.CERTAIN, given);
    }

    /**
     * Resolves and strictly decodes {@code bytes}.
     *
     * @throws BinaryInputException    if the bytes are not text
     * @throws MalformedInputException at the first byte not valid in the charset
     */
    public DecodedText read(byte[] bytes, String source) throws BinaryInputException, MalformedInputException {
        DetectedEncoding encoding = resolve(bytes);
        if (encoding.isBinary()) {
            throw new BinaryInputException(source, encoding.reason());
        }
        return DecodedText.decode(bytes, encoding, source);
    }

    private List<Bom> acceptedMarks() {
        switch (charset.name()) {
            case "UTF-16":
                return List.of(Bom.UTF_16BE, Bom.UTF_16LE);
            case "UTF-32":
                return List.of(Bom.UTF_32BE, Bom.UTF_32LE);
            default:
                return Bom.forCharset(charset).stream().toList();
        }
    }

    @Override
    public String toString() {
        return charset == null ? "auto" : charset.name();
    }
}
