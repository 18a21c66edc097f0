package io.github.zhnorm.protect;

import io.github.zhnorm.Converter;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Converts text except its protected spans, which are copied unchanged: the output is the conversion of the text
 * before the first span, the span, the conversion of the text up to the next span, and so on. Each unprotected
 * piece is converted on its own, so no phrase is matched across a protected span. Immutable and thread-safe when
 * the conversion is.
 *
 * <pre>{@code
 * var c = ProtectingConverter.of(Converter.of("s2t"), ProtectedSpans.of(Protection.CODE));
 * c.convert("头发 `头发`");   // 頭髮 `头发`
 * }</pre>
 */
public final class ProtectingConverter implements UnaryOperator<String> {
    private final UnaryOperator<String> conversion;
    private final ProtectedSpans spans;

    /** Applies {@code conversion} outside the spans {@code spans} finds. */
    public ProtectingConverter(UnaryOperator<String> conversion, ProtectedSpans spans) {
        this.conversion = Objects.requireNonNull(conversion, "conversion");
        this.spans = Objects.requireNonNull(spans, "spans");
    }

    /** Applies {@code converter} outside the spans {@code spans} finds. */
    public static ProtectingConverter of(Converter converter, ProtectedSpans spans) {
        return new ProtectingConverter(converter::convert, spans);
    }

    /** The span finder in use. */
    public ProtectedSpans spans() {
        return spans;
    }

    /** The spans of {@code text} that {@link #convert(String)} keeps (for filtering explanations, say). */
    public List<Span> protectedSpans(String text) {
        return spans.find(text);
    }

    /** Converts {@code text} outside its protected spans; returns {@code text} itself when nothing changes. */
    public String convert(String text) {
        return convert(text, spans.find(text), conversion);
    }

    /** Same as {@link #convert(String)}. */
    @Override
    public String apply(String text) {
        return convert(text);
    }

    /**
     * Applies {@code conversion} to the text outside {@code spans} (sorted, non-overlapping, within the text) and
     * copies the spans unchanged; returns {@code text} itself when nothing changes.
     */
    public static String convert(String text, List<Span> spans, UnaryOperator<String> conversion) {
        Objects.requireNonNull(text, "text");
        if (spans.isEmpty()) {
            return same(text, conversion.apply(text));
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean changed = false;
        int gap = 0;
        for (Span s : spans) {
            if (s.start() < gap || s.end() > text.length()) {
                throw new IllegalArgumentException("spans must be sorted, disjoint and within the text: " + s);
            }
            changed |= convertPiece(text, gap, s.start(), conversion, out);
            out.append(text, s.start(), s.end());
            gap = s.end();
        }
        changed |= convertPiece(text, gap, text.length(), conversion, out);
        return changed ? out.toString() : text;
    }

    private static boolean convertPiece(String text, int start, int end, UnaryOperator<String> conversion,
                                        StringBuilder out) {
        if (start == end) {
            return false;
        }
        String piece = text.substring(start, end);
        String converted = conversion.apply(piece);
        out.append(converted);
        return !converted.equals(piece);
    }

    private static String same(String text, String converted) {
        return converted.equals(text) ? text : converted;
    }
}
