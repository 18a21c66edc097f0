package io.github.zhnorm.protect;

import io.github.zhnorm.Converter;
import io.github.zhnorm.Replacement;

import java.util.ArrayList;
import java.util.List;

/**
 * The replacements a {@link ProtectingConverter} over a {@link Converter} makes, for {@code --explain}: each
 * unprotected piece is explained on its own, exactly as it is converted, with offsets into the whole text.
 */
public final class ProtectedExplanations {
    private ProtectedExplanations() {
    }

    /** Every replacement converting {@code text} outside {@code spans}' spans makes, in order. */
    public static List<Replacement> explain(Converter converter, ProtectedSpans spans, String text) {
        List<Replacement> out = new ArrayList<>();
        int gap = 0;
        for (Span s : spans.find(text)) {
            explainPiece(converter, text, gap, s.start(), out);
            gap = s.end();
        }
        explainPiece(converter, text, gap, text.length(), out);
        return out;
    }

    private static void explainPiece(Converter converter, String text, int start, int end, List<Replacement> out) {
        if (start == end) {
            return;
        }
        for (Replacement r : converter.explain(text.substring(start, end))) {
            out.add(new Replacement(r.start() + start, r.end() + start, r.source(), r.result(), r.dictionary()));
        }
    }
}
