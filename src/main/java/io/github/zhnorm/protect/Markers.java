package io.github.zhnorm.protect;

import java.util.List;

/** The {@code zhnorm:off} … {@code zhnorm:on} regions; the rule is in the package documentation. */
final class Markers {
    private static final String PREFIX = "zhnorm:";

    private Markers() {
    }

    /**
     * Adds the off regions of {@code text} to {@code out}, ignoring markers that start inside one of the sorted,
     * non-overlapping {@code quoted} spans.
     */
    static void find(CharSequence text, List<Span> quoted, List<Span> out) {
        find(text, quoted, out, false);
    }

    /**
     * Like {@link #find(CharSequence, List, List)} for one piece of a longer text: {@code startsOff} when an off
     * region is open at its start. Returns whether an off region is still open at its end.
     */
    static boolean find(CharSequence text, List<Span> quoted, List<Span> out, boolean startsOff) {
        // A literal search first: most texts have no marker, and a regex with a look-behind at every position
        // would dominate the conversion time of large files.
        String s = text.toString();
        int off = startsOff ? 0 : -1;
        for (int at = s.indexOf(PREFIX); at >= 0; at = s.indexOf(PREFIX, at + 1)) {
            int end = markerEnd(s, at);
            if (end < 0 || Spans.covers(quoted, at)) {
                continue;
            }
            boolean isOff = end - at == "zhnorm:off".length();
            if (isOff && off < 0) {
                off = at;
            } else if (!isOff && off >= 0) {
                out.add(new Span(off, end));
                off = -1;
            }
        }
        if (off >= 0) {
            if (s.length() > off) {
                out.add(new Span(off, s.length()));
            }
            return true;
        }
        return false;
    }

    /** End of the marker at {@code at} (zhnorm:off or zhnorm:on, not touching a word character), or -1. */
    private static int markerEnd(String s, int at) {
        if (at > 0 && isWordChar(s.charAt(at - 1))) {
            return -1;
        }
        int end;
        if (s.startsWith("off", at + PREFIX.length())) {
            end = at + PREFIX.length() + 3;
        } else if (s.startsWith("on", at + PREFIX.length())) {
            end = at + PREFIX.length() + 2;
        } else {
            return -1;
        }
        return end < s.length() && isWordChar(s.charAt(end)) ? -1 : end;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
}
