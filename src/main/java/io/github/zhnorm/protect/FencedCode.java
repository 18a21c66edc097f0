package io.github.zhnorm.protect;

import java.util.List;

/**
 * Markdown fenced code blocks, as CommonMark reads them outside containers: an opening line of at most 3 spaces of
 * indentation, then 3 or more {@code `} or {@code ~} and any info string (with no {@code `} for a backtick fence);
 * the block ends after a closing line of at most 3 spaces, at least as many of the same character, and only spaces
 * or tabs, or else at the end of the text. The span runs from the opening fence to the end of the closing fence.
 * Fences inside block quotes or list items indented by 4 or more spaces, and indented code blocks, are not found.
 */
final class FencedCode implements SpanFinder {

    @Override
    public void find(CharSequence text, List<Span> out) {
        int n = text.length();
        int line = 0;
        while (line < n) {
            int end = Lines.contentEnd(text, line);
            int fence = fenceStart(text, line, end);
            int length = fence < 0 ? 0 : runLength(text, fence, end);
            if (length >= 3 && isOpening(text, fence, length, end)) {
                line = closeAfter(text, fence, length, Lines.next(text, end), out);
            } else {
                line = Lines.next(text, end);
            }
        }
    }

    /** Adds the block opened at {@code fence}; returns the start of the line after it. */
    private static int closeAfter(CharSequence text, int fence, int length, int line, List<Span> out) {
        int n = text.length();
        char c = text.charAt(fence);
        while (line < n) {
            int end = Lines.contentEnd(text, line);
            int close = fenceStart(text, line, end);
            if (close >= 0 && text.charAt(close) == c) {
                int run = runLength(text, close, end);
                if (run >= length && Lines.isBlank(text, close + run, end)) {
                    out.add(new Span(fence, end));
                    return Lines.next(text, end);
                }
            }
            line = Lines.next(text, end);
        }
        out.add(new Span(fence, n));
        return n;
    }

    /** Where a fence character starts after at most 3 spaces, or -1. */
    private static int fenceStart(CharSequence text, int line, int end) {
        int i = line;
        while (i < end && i - line < 3 && text.charAt(i) == ' ') {
            i++;
        }
        if (i < end && (text.charAt(i) == '`' || text.charAt(i) == '~')) {
            return i;
        }
        return -1;
    }

    private static int runLength(CharSequence text, int start, int end) {
        char c = text.charAt(start);
        int i = start;
        while (i < end && text.charAt(i) == c) {
            i++;
        }
        return i - start;
    }

    private static boolean isOpening(CharSequence text, int fence, int length, int end) {
        if (text.charAt(fence) == '~') {
            return true;
        }
        for (int i = fence + length; i < end; i++) {
            if (text.charAt(i) == '`') {
                return false;
            }
        }
        return true;
    }
}
