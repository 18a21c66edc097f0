package io.github.zhnorm.cli;

/** "FILE:LINE:COLUMN: 原 → 新" for the first place two texts differ (columns count code points). */
final class FirstDifference {
    private static final int CONTEXT = 8;

    private FirstDifference() {
    }

    static String describe(String file, String before, String after) {
        int i = 0;
        int n = Math.min(before.length(), after.length());
        while (i < n && before.charAt(i) == after.charAt(i)) {
            i++;
        }
        if (i > 0 && Character.isHighSurrogate(before.charAt(i - 1))) {
            i--;
        }
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < i; k++) {
            if (before.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        int column = before.codePointCount(lineStart, i) + 1;
        // the differing stretch: up to the end of the first difference, from the end backwards
        int endBefore = before.length();
        int endAfter = after.length();
        while (endBefore > i && endAfter > i && before.charAt(endBefore - 1) == after.charAt(endAfter - 1)) {
            endBefore--;
            endAfter--;
        }
        return file + ":" + line + ":" + column + ": " + clip(before, i, endBefore) + " → " + clip(after, i, endAfter);
    }

    private static String clip(String s, int from, int to) {
        int end = Math.min(to, from + CONTEXT);
        int lineEnd = s.indexOf('\n', from);
        if (lineEnd >= 0 && lineEnd < end) {
            end = lineEnd;
        }
        if (end > from && Character.isHighSurrogate(s.charAt(end - 1)) && end < s.length()) {
            end++;
        }
        return s.substring(from, end) + (end < to ? "…" : "");
    }
}
