package io.github.zhnorm.files;

import java.util.Objects;

/**
 * A file's text, decoded strictly, without its byte-order mark, and the encoding it was read with (which remembers
 * the mark, so that it can be written back).
 */
public record DecodedText(String text, DetectedEncoding encoding) {

    public DecodedText {
        Objects.requireNonNull(text);
        if (encoding.isBinary()) {
            throw new IllegalArgumentException("binary input has no text");
        }
    }

    /**
     * Decodes {@code bytes} in {@code encoding}'s charset, past its byte-order mark.
     *
     * @throws MalformedInputException at the first byte that is not valid in the charset, counted from the start of
     *                                 {@code bytes}
     * @throws IllegalArgumentException if {@code encoding} is binary
     */
    public static DecodedText decode(byte[] bytes, DetectedEncoding encoding, String source)
            throws MalformedInputException {
        if (encoding.isBinary()) {
            throw new IllegalArgumentException(source + ": binary input cannot be decoded (" + encoding.reason() + ")");
        }
        String text = StrictDecoder.decode(bytes, encoding.bomLength(), encoding.charset(), source);
        return new DecodedText(text, encoding);
    }
}
