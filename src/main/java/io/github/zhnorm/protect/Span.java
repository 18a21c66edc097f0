package io.github.zhnorm.protect;

/** A range of char offsets {@code [start, end)} in a text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** Whether {@code offset} lies in this span. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
