package io.github.zhnorm.protect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code zhnorm:off} … {@code zhnorm:on} protection over a text that arrives in pieces (streaming): an off region
 * may open in one piece and close in a later one. Pieces must be cut outside markers (after a line or sentence
 * end). Keeps state between pieces: one instance per stream, not thread-safe.
 */
public final class MarkerStream {
    private boolean off;

    /** Converts {@code piece} with {@code conversion} except inside off regions; returns the piece itself if unchanged. */
    public String convert(String piece, UnaryOperator<String> conversion) {
        List<Span> spans = new ArrayList<>();
        off = Markers.find(piece, List.of(), spans, off);
        return ProtectingConverter.convert(piece, spans, conversion);
    }
}
