package io.github.zhnorm.engine;

import java.util.Arrays;

/**
 * Maps positions in a stage's output back to positions in its input (and, through its parent, to the original
 * text): unchanged runs map one to one, a replaced span maps to the whole span it replaced. For explanations only.
 */
final class Alignment {
    private final Alignment parent;
    private final int inBase;
    private final int outBase;
    private int[] spans = new int[16]; // inStart, inEnd, outStart, outEnd
    private int count;

    /** A stage that read input from {@code inBase} and wrote output from {@code outBase}. */
    Alignment(Alignment parent, int inBase, int outBase) {
        this.parent = parent;
        this.inBase = inBase;
        this.outBase = outBase;
    }

    void add(int inStart, int inEnd, int outStart, int outEnd) {
        if ((count + 1) * 4 > spans.length) {
            spans = Arrays.copyOf(spans, spans.length * 2);
        }
        spans[count * 4] = inStart;
        spans[count * 4 + 1] = inEnd;
        spans[count * 4 + 2] = outStart;
        spans[count * 4 + 3] = outEnd;
        count++;
    }

    /** Original position of a span starting at output position {@code p}. */
    int start(int p) {
        int local = inBase + p - outBase;
        for (int k = count - 1; k >= 0; k--) {
            int outStart = spans[k * 4 + 2];
            if (outStart <= p) {
                int outEnd = spans[k * 4 + 3];
                local = p < outEnd ? spans[k * 4] : p - outEnd + spans[k * 4 + 1];
                break;
            }
        }
        return parent == null ? local : parent.start(local);
    }

    /** Original position of a span ending at output position {@code p}. */
    int end(int p) {
        int local = inBase + p - outBase;
        for (int k = count - 1; k >= 0; k--) {
            int outStart = spans[k * 4 + 2];
            if (outStart < p) {
                int outEnd = spans[k * 4 + 3];
                local = p <= outEnd ? spans[k * 4 + 1] : p - outEnd + spans[k * 4 + 1];
                break;
            }
        }
        return parent == null ? local : parent.end(local);
    }
}
