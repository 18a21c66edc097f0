package io.github.zhnorm.engine;

/**
 * OpenCC's maximum forward match segmentation: at each position the longest segmentation-dictionary key that is a
 * prefix of the rest becomes a segment of its own; characters with no match accumulate into one running segment
 * that ends at the next match. An ideographic description sequence is consumed as one unit.
 */
final class Segmenter {
    /** Value of a run where no segmentation key starts at any unit. */
    static final int RUN = -1;
    /**
     * Value of such a run that holds a description sequence: keys may start inside the sequence (segmentation
     * skipped it as one unit, the conversion stages do not), so no stage may be skipped on it.
     */
    static final int RUN_WITH_SEQUENCE = -2;

    private Segmenter() {
    }

    /**
     * Calls {@code sink} once per segment of {@code text[from, to)}, in order. With {@code priority} (null: OpenCC's
     * rule alone), a match of {@code dict} that is not itself a key of {@code priority} is not taken when a
     * priority key starts inside it and runs past its end: its first unit joins the running unmatched segment
     * instead, and the priority key gets its turn.
     */
    static void segment(MatchTable dict, MatchTable priority, char[] text, int from, int to, SegmentSink sink) {
        int unmatched = -1;
        boolean sequenceInRun = false;
        int i = from;
        while (i < to) {
            long m = dict.startsKey(text[i]) ? dict.match(text, i, to) : 0;
            int len = (int) m;
            if (len > 1 && priority != null && (int) priority.match(text, i, to) != len
                    && overruns(priority, text, i, i + len, to)) {
                len = 0;
            }
            if (len > 0) {
                if (unmatched >= 0) {
                    sink.segment(unmatched, i, sequenceInRun ? RUN_WITH_SEQUENCE : RUN);
                    unmatched = -1;
                    sequenceInRun = false;
                }
                sink.segment(i, i + len, (int) (m >>> 32));
                i += len;
            } else {
                if (unmatched < 0) {
                    unmatched = i;
                }
                char c = text[i];
                if (Ids.isSingleUnit(c)) {
                    i++; // the usual unit: one BMP char that starts no description sequence
                } else {
                    int next = Ids.unitEnd(text, i, to);
                    sequenceInRun |= next - i > 1 && Ids.isDescriptionCharacter(c);
                    i = next;
                }
            }
        }
        if (unmatched >= 0) {
            sink.segment(unmatched, to, sequenceInRun ? RUN_WITH_SEQUENCE : RUN);
        }
    }

    /** Whether a key of {@code priority} starts inside {@code [start, end)} (not at start) and ends after end. */
    private static boolean overruns(MatchTable priority, char[] text, int start, int end, int to) {
        for (int k = start + 1; k < end; k++) {
            if (priority.startsKey(text[k]) && k + (int) priority.match(text, k, to) > end) {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    interface SegmentSink {
        /**
         * {@code value}: for a segment that is one segmentation key, the index of that key's value in the
         * segmentation table; {@link #RUN} or {@link #RUN_WITH_SEQUENCE} for a run of units where no key starts.
         */
        void segment(int start, int end, int value);
    }
}
