package io.github.zhnorm.files;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Optional;

/** A Unicode byte-order mark: the bytes U+FEFF takes at the start of a file in one of the Unicode encodings. */
public enum Bom {
    // UTF-32LE comes before UTF-16LE: its mark begins with the UTF-16LE one.
    UTF_32LE("UTF-32LE", 0xFF, 0xFE, 0x00, 0x00),
    UTF_32BE("UTF-32BE", 0x00, 0x00, 0xFE, 0xFF),
    UTF_8("UTF-8", 0xEF, 0xBB, 0xBF),
    UTF_16LE("UTF-16LE", 0xFF, 0xFE),
    UTF_16BE("UTF-16BE", 0xFE, 0xFF);

    private final Charset charset;
    private final byte[] bytes;

    Bom(String charset, int... bytes) {
        this.charset = Charset.forName(charset);
        this.bytes = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            this.bytes[i] = (byte) bytes[i];
        }
    }

    /** The byte-order mark {@code bytes} start with, if any (a UTF-32 mark wins over the UTF-16 one it begins with). */
    public static Optional<Bom> detect(byte[] bytes) {
        for (Bom bom : values()) {
            if (bom.isPrefixOf(bytes)) {
                return Optional.of(bom);
            }
        }
        return Optional.empty();
    }

    /**
     * The mark a file written in {@code charset} would start with, if {@code charset} is a Unicode encoding:
     * UTF-8, UTF-16LE/BE, UTF-32LE/BE; the unmarked UTF-16 and UTF-32 mean big-endian, as Java writes them.
     */
    public static Optional<Bom> forCharset(Charset charset) {
        switch (charset.name()) {
            case "UTF-8":
                return Optional.of(UTF_8);
            case "UTF-16":
            case "UTF-16BE":
                return Optional.of(UTF_16BE);
            case "UTF-16LE":
                return Optional.of(UTF_16LE);
            case "UTF-32":
            case "UTF-32BE":
                return Optional.of(UTF_32BE);
            case "UTF-32LE":
                return Optional.of(UTF_32LE);
            default:
                return Optional.empty();
        }
    }

    /** Whether {@code bytes} start with this mark. */
    public boolean isPrefixOf(byte[] bytes) {
        return bytes.length >= this.bytes.length
                && Arrays.equals(bytes, 0, this.bytes.length, this.bytes, 0, this.bytes.length);
    }

    /** The encoding this mark announces, with its byte order (UTF-16LE, not UTF-16). */
    public Charset charset() {
        return charset;
    }

    /** Whether the mark announces a UTF-16 or UTF-32 encoding, whose text is full of NUL bytes. */
    public boolean isWide() {
        return this != UTF_8;
    }

    public int length() {
        return bytes.length;
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}
