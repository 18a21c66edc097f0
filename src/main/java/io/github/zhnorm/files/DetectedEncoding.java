package io.github.zhnorm.files;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * What a file's bytes were found to be: text in a charset, perhaps behind a byte-order mark, or binary. Carries how
 * sure the finding is and a short reason fit for a message ("valid UTF-8", "UTF-16LE byte-order mark", ...).
 */
public final class DetectedEncoding {

    /** How far a finding can be trusted. */
    public enum Confidence {
        /** A byte-order mark or an encoding named by the user. */
        CERTAIN,
        /** Strictly valid in the charset, and clearly better than the alternatives. */
        HIGH,
        /** A close call between charsets, too little text to judge, or bytes valid in none of them. */
        LOW
    }

    private final Charset charset;
    private final Bom bom;
    private final Confidence confidence;
    private final String reason;

    private DetectedEncoding(Charset charset, Bom bom, Confidence confidence, String reason) {
        this.charset = charset;
        this.bom = bom;
        this.confidence = Objects.requireNonNull(confidence);
        this.reason = Objects.requireNonNull(reason);
    }

    /** Text in {@code charset} without a byte-order mark. */
    public static DetectedEncoding text(Charset charset, Confidence confidence, String reason) {
        return new DetectedEncoding(Objects.requireNonNull(charset), null, confidence, reason);
    }

    /** Text behind a byte-order mark, in the charset the mark announces. */
    public static DetectedEncoding withBom(Bom bom, String reason) {
        return new DetectedEncoding(bom.charset(), bom, Confidence.CERTAIN, reason);
    }

    /** Not text. */
    public static DetectedEncoding binary(Confidence confidence, String reason) {
        return new DetectedEncoding(null, null, confidence, reason);
    }

    public boolean isBinary() {
        return charset == null;
    }

    /**
     * The charset of the text after the byte-order mark, with its byte order for UTF-16/32 (UTF-16LE, never UTF-16).
     *
     * @throws IllegalStateException if the bytes are binary
     */
    public Charset charset() {
        if (charset == null) {
            throw new IllegalStateException("binary input has no charset (" + reason + ")");
        }
        return charset;
    }

    public Optional<Bom> bom() {
        return Optional.ofNullable(bom);
    }

    public boolean hasBom() {
        return bom != null;
    }

    /** How many bytes the byte-order mark takes at the start of the input; 0 without one. */
    public int bomLength() {
        return bom == null ? 0 : bom.length();
    }

    public Confidence confidence() {
        return confidence;
    }

    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DetectedEncoding d && Objects.equals(charset, d.charset) && bom == d.bom
                && confidence == d.confidence && reason.equals(d.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(charset, bom, confidence, reason);
    }

    @Override
    public String toString() {
        String what = charset == null ? "binary" : charset.name() + (bom == null ? "" : " with BOM");
        return what + " (" + confidence.name().toLowerCase(java.util.Locale.ROOT) + ": " + reason + ")";
    }
}
