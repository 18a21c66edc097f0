package io.github.zhnorm.engine;

/** Per-call (or per-stream) working state of a conversion; one per thread, never shared. */
public final class Scratch {
    final CharBuf a = new CharBuf(256);
    final CharBuf b = new CharBuf(256);
    private final CharBuf n1 = new CharBuf(256);
    private final CharBuf n2 = new CharBuf(256);
    /** Script of the last sentence that showed one (see {@link ScriptGatedConversion}); starts foreign. */
    boolean lastForeign = true;
    /** Whether any stage replaced text by something different since this scratch was made. */
    boolean changed;

    public Scratch() {
    }

    /** Scratch for a piece of a longer text, starting from the state its earlier pieces left. */
    public Scratch(long carriedState) {
        lastForeign = carriedState != 0;
    }

    /** Whether a conversion using this scratch replaced anything. */
    public boolean changed() {
        return changed;
    }

    /** A normalization buffer that is not {@code src}'s own array. */
    CharBuf normalized(char[] src) {
        return src == n1.array() ? n2 : n1;
    }
}
