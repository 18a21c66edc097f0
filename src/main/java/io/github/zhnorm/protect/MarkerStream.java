package io.github.zhnorm.protect;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code zhnorm:off} … {@code zhnorm:on} protection over a text that arrives in pieces (streaming): an off region
 * may open in one piece and close in a later one. Pieces must be cut outside markers (after a line or sentence
 * end); the caller carries {@link Scan#openAfter()} from one piece to the next.
 */
public final class MarkerStream {
    private MarkerStream() {
    }

    /** The protected spans of a piece, and whether an off region is still open after it. */
    public record Scan(List<Span> spans, boolean openAfter) {
    }

    /** Scans {@code piece} given whether an off region was open before it. */
    public static Scan scan(String piece, boolean startsOff) {
        List<Span> spans = new ArrayList<>();
        boolean open = Markers.find(piece, List.of(), spans, startsOff);
        return new Scan(List.copyOf(spans), open);
    }
}
