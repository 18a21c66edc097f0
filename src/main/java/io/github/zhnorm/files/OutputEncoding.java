package io.github.zhnorm.files;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code --output-encoding NAME|keep} choice: UTF-8 by default, {@code keep} writes each file in the charset
 * it was read in. Encoding is strict ({@link StrictEncoder}) and touches nothing else, line endings included.
 *
 * <p>A byte-order mark is written when the input had one and the output is a Unicode encoding (UTF-8, UTF-16 or
 * UTF-32), in the output's own byte order. The unmarked names UTF-16 and UTF-32 mean big-endian with a mark, always:
 * without one a reader could not tell the byte order (this is also what Java's UTF-16 encoder does).
 */
public final class OutputEncoding {
    /** UTF-8, the default. */
    public static final OutputEncoding UTF_8 = new OutputEncoding(StandardCharsets.UTF_8);
    /** The input's own charset. */
    public static final OutputEncoding KEEP = new OutputEncoding(null);

    private final Charset charset;

    private OutputEncoding(Charset charset) {
        this.charset = charset;
    }

    /**
     * {@code keep} (in any case) or a Java charset name.
     *
     * @throws IllegalArgumentException naming examples, if Java knows no charset by that name or cannot write it
     */
    public static OutputEncoding parse(String option) {
        Objects.requireNonNull(option);
        if (option.strip().toLowerCase(Locale.ROOT).equals("keep")) {
            return KEEP;
        }
        return named(CharsetNames.forName(option.strip(), "keep"));
    }

    /** @throws IllegalArgumentException if Java can only read {@code charset}, not write it */
    public static OutputEncoding named(Charset charset) {
        if (!charset.canEncode()) {
            throw new IllegalArgumentException("encoding " + charset.name() + " can be read but not written; use "
                    + "keep or a charset such as " + CharsetNames.EXAMPLES);
        }
        return new OutputEncoding(charset);
    }

    public boolean isKeep() {
        return charset == null;
    }

    /**
     * The charset the text of a file read as {@code input} is written in, with its byte order for UTF-16/32.
     *
     * @throws IllegalStateException with {@code keep}, if {@code input} is binary
     */
    public Charset charsetFor(DetectedEncoding input) {
        return CharsetNames.withByteOrder(charset == null ? input.charset() : charset);
    }

    /** The byte-order mark written before the text of a file read as {@code input}, if any. */
    public Optional<Bom> bomFor(DetectedEncoding input) {
        Charset chosen = charset == null ? input.charset() : charset;
        if (CharsetNames.isUnmarked(chosen) || input.hasBom()) {
            return Bom.forCharset(chosen);
        }
        return Optional.empty();
    }

    /**
     * The bytes to write for {@code text}, read from a file as {@code input}: its byte-order mark if one is due, then
     * the text.
     *
     * @throws UnencodableCharacterException naming the first character the output charset cannot hold, and where
     */
    public byte[] encode(String text, DetectedEncoding input, String source) throws UnencodableCharacterException {
        byte[] body = StrictEncoder.encode(text, charsetFor(input), source);
        Optional<Bom> bom = bomFor(input);
        if (bom.isEmpty()) {
            return body;
        }
        byte[] mark = bom.get().bytes();
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    @Override
    public String toString() {
        return charset == null ? "keep" : charset.name();
    }
}
