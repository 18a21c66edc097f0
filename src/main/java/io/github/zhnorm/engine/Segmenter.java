package io.github.zhnorm.engine;

/**
 * OpenCC's maximum forward match segmentation: at each position the longest segmentation-dictionary key that is a
 * prefix of the rest becomes a segment of its own; characters with no match accumulate into one running segment
 * that ends at the next match. An ideographic description sequence is consumed as one unit.
 */
final class Segmenter {
    private Segmenter() {
    }

    /** Calls {@code sink} once per segment of {@code text[from, to)}, in order. */
    static void segment(MatchTable dict, char[] text, int from, int to, SegmentSink sink) {
        int unmatched = -1;
        int i = from;
        while (i < to) {
            long m = dict.startsKey(text[i]) ? dict.match(text, i, to) : 0;
            int len = (int) m;
            if (len > 0) {
                if (unmatched >= 0) {
                    sink.segment(unmatched, i, -1);
                    unmatched = -1;
                }
                sink.segment(i, i + len, (int) (m >>> 32));
                i += len;
            } else {
                if (unmatched < 0) {
                    unmatched = i;
                }
                i = Ids.unitEnd(text, i, to);
            }
        }
        if (unmatched >= 0) {
            sink.segment(unmatched, to, -1);
        }
    }

    @FunctionalInterface
    interface SegmentSink {
        /**
         * {@code value}: for a segment that is one segmentation key, the index of that key's value in the
         * segmentation table; -1 for a run where no key starts.
         */
        void segment(int start, int end, int value);
    }
}
