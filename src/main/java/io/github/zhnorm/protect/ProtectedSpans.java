package io.github.zhnorm.protect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Finds the spans of a text to keep unconverted: those of the chosen {@link Protection}s, plus the
 * {@code zhnorm:off} … {@code zhnorm:on} regions, which are always honoured (see the package documentation).
 * Immutable and thread-safe; build one and use it for every text.
 */
public final class ProtectedSpans {
    private static final ProtectedSpans MARKERS_ONLY = new ProtectedSpans(List.of());

    private final List<Protection> protections;
    private final List<SpanFinder> finders;

    private ProtectedSpans(List<Protection> protections) {
        this.protections = protections;
        this.finders = protections.stream().map(ProtectedSpans::finder).toList();
    }

    /** Spans for {@code protections} (duplicates ignored) and the markers. */
    public static ProtectedSpans of(Collection<? extends Protection> protections) {
        List<Protection> distinct = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(protections)));
        return distinct.isEmpty() ? MARKERS_ONLY : new ProtectedSpans(distinct);
    }

    /** Spans for {@code protections} and the markers. */
    public static ProtectedSpans of(Protection... protections) {
        return of(List.of(protections));
    }

    /** Only the {@code zhnorm:off} … {@code zhnorm:on} regions: what applies without {@code --protect}. */
    public static ProtectedSpans markersOnly() {
        return MARKERS_ONLY;
    }

    /** The chosen protections, in order. */
    public List<Protection> protections() {
        return protections;
    }

    /**
     * The spans of {@code text} to keep: sorted, non-empty, and merged, so that none overlap or touch; unmodifiable.
     * Offsets are char indexes; a span never splits a surrogate pair unless a {@code regex:} match does.
     */
    public List<Span> find(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (text.length() == 0) {
            return List.of();
        }
        List<Span> found = new ArrayList<>();
        for (SpanFinder f : finders) {
            f.find(text, found);
        }
        List<Span> chosen = Spans.merge(found);
        List<Span> regions = new ArrayList<>();
        Markers.find(text, chosen, regions);
        if (regions.isEmpty()) {
            return chosen;
        }
        regions.addAll(chosen);
        return Spans.merge(regions);
    }

    private static SpanFinder finder(Protection p) {
        if (p instanceof Protection.Regex r) {
            return new RegexSpans(r.pattern());
        }
        return switch ((Protection.Builtin) p) {
            case CODE -> new MarkdownCode();
            case URLS -> new Urls();
            case EMAILS -> new Emails();
        };
    }

    @Override
    public String toString() {
        return "ProtectedSpans" + protections.stream().map(Protection::id).toList();
    }
}
