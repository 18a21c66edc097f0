package io.github.zhnorm.protect;

import java.util.List;

/**
 * Markdown inline code: a run of n backticks up to the next run of exactly n backticks, within a paragraph (the
 * search stops at a blank line). A run with no match is literal text, and a backtick after an odd number of
 * backslashes is escaped. The span covers both backtick runs.
 */
final class InlineCode {
    private InlineCode() {
    }

    /** Adds the code spans in {@code [from, to)} of {@code text}. */
    static void find(CharSequence text, int from, int to, List<Span> out) {
        int i = from;
        while (i < to) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int runEnd = runEnd(text, i, to);
            int open = isEscaped(text, from, i) ? i + 1 : i;
            int close = open < runEnd ? closing(text, runEnd, to, runEnd - open) : -1;
            if (close >= 0) {
                out.add(new Span(open, close));
                i = close;
            } else {
                i = runEnd;
            }
        }
    }

    /** The end of the closing run of exactly {@code length} backticks after {@code pos}, or -1. */
    private static int closing(CharSequence text, int pos, int to, int length) {
        int i = pos;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '`') {
                int end = runEnd(text, i, to);
                if (end - i == length) {
                    return end;
                }
                i = end;
            } else if (Lines.isBreak(c)) {
                int next = Lines.next(text, i);
                int nextEnd = Math.min(Lines.contentEnd(text, next), to);
                if (next >= to || Lines.isBlank(text, next, nextEnd)) {
                    return -1;
                }
                i = next;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int runEnd(CharSequence text, int i, int to) {
        while (i < to && text.charAt(i) == '`') {
            i++;
        }
        return i;
    }

    private static boolean isEscaped(CharSequence text, int from, int i) {
        int backslashes = 0;
        while (i - backslashes - 1 >= from && text.charAt(i - backslashes - 1) == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
