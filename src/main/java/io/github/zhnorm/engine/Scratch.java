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
    final Segments segments = new Segments();
    private final int[][] ends = new int[3][];

    /** Segment-end buffer {@code which} (0, 1 or 2: one for the first stage, two for stage after stage). */
    int[] ends(int n, int which) {
        int[] e = ends[which];
        if (e == null || e.length < n) {
            e = new int[n];
            ends[which] = e;
        }
        return e;
    }

    /** The segments of one text, in order, as {@link Segmenter} reports them. */
    static final class Segments implements Segmenter.SegmentSink {
        private int[] data = new int[3 * 64];
        private int count;

        void clear() {
            count = 0;
        }

        @Override
        public void segment(int start, int end, int value) {
            int at = 3 * count;
            if (at + 3 > data.length) {
                data = java.util.Arrays.copyOf(data, 2 * data.length);
            }
            data[at] = start;
            data[at + 1] = end;
            data[at + 2] = value;
            count++;
        }

        int count() {
            return count;
        }

        int start(int k) {
            return data[3 * k];
        }

        int end(int k) {
            return data[3 * k + 1];
        }

        int value(int k) {
            return data[3 * k + 2];
        }
    }

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
