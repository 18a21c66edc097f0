package io.github.zhnorm.protect;

import java.util.List;

/** Finds the spans one protection keeps. */
@FunctionalInterface
interface SpanFinder {
    /** Adds the spans found in {@code text} to {@code out}, in any order; they may overlap. */
    void find(CharSequence text, List<Span> out);
}
