package io.github.zhnorm.engine;

/** A compiled conversion: immutable and thread-safe; per-call state lives in a {@link Scratch}. */
public interface Conversion {
    String name();

    /** Converts {@code text}; returns the same instance when nothing changes. */
    String convert(String text);

    /** Converts {@code in[from, to)} and appends the result to {@code out}. */
    void convert(char[] in, int from, int to, CharBuf out, Scratch scratch);

    /**
     * Reports, in order, every replacement converting {@code in[from, to)} makes, in the input's coordinates
     * (a slow path for explanations; the text is converted the same way as by {@link #convert}).
     */
    void explain(char[] in, int from, int to, Scratch scratch, ReplacementSink sink);

    /** True when input may be cut right after {@code c} without changing the result (for streaming). */
    boolean isSafeBreak(char c);

    /**
     * The state a text's conversion carries from one piece to the next (see {@link Scratch}), for converting
     * the pieces of one text separately: the state before any text.
     */
    default long initialState() {
        return 0;
    }

    /** Whether converting pieces separately needs a carried state at all (see {@link #stateAfter}). */
    default boolean carriesState() {
        return false;
    }

    /** The carried state after {@code text[from, to)}, given the state before it. */
    default long stateAfter(char[] text, int from, int to, long before) {
        return before;
    }
}
