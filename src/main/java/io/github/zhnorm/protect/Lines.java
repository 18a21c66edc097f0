package io.github.zhnorm.protect;

/** Line boundaries; a line ends at {@code \n}, {@code \r\n} or {@code \r}. */
final class Lines {
    private Lines() {
    }

    /** The end of the line containing {@code pos}, before its terminator. */
    static int contentEnd(CharSequence text, int pos) {
        int n = text.length();
        while (pos < n && !isBreak(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    /** The start of the line after the one ending (before its terminator) at {@code contentEnd}. */
    static int next(CharSequence text, int contentEnd) {
        int n = text.length();
        if (contentEnd < n && text.charAt(contentEnd) == '\r') {
            contentEnd++;
        }
        if (contentEnd < n && text.charAt(contentEnd) == '\n') {
            contentEnd++;
        }
        return contentEnd;
    }

    static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** Whether {@code [from, to)} holds only spaces and tabs. */
    static boolean isBlank(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
