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

    public MarkerStream() {
        this(false);
    }

    /** A stream whose earlier pieces left an off region open ({@code startsOff}). */
    public MarkerStream(boolean startsOff) {
        this.off = startsOff;
    }

    /** Whether an off region is open after {@code piece}, given whether one was open before it. */
    public static boolean openAfter(String piece, boolean startsOff) {
        return Markers.find(piece, List.of(), new ArrayList<>(), startsOff);
    }

    /** The protected spans of {@code piece}, given whether an off region was open before it. */
    public static List<Span> spans(String piece, boolean startsOff) {
        List<Span> spans = new ArrayList<>();
        Markers.find(piece, List.of(), spans, startsOff);
        return spans;
    }

    /** Converts {@code piece} with {@code conversion} except inside off regions; returns the piece itself if unchanged. */
    public String convert(String piece, UnaryOperator<String> conversion) {
        List<Span> spans = new ArrayList<>();
        off = Markers.find(piece, List.of(), spans, off);
        return ProtectingConverter.convert(piece, spans, conversion);
    }
}
