package io.github.zhnorm.protect;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code zhnorm:off} … {@code zhnorm:on} regions; the rule is in the package documentation. */
final class Markers {
    private static final Pattern MARKER = Pattern.compile("(?<![A-Za-z0-9_])zhnorm:(off|on)(?![A-Za-z0-9_])");

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
        Matcher m = MARKER.matcher(text);
        int off = startsOff ? 0 : -1;
        while (m.find()) {
            if (Spans.covers(quoted, m.start())) {
                continue;
            }
            boolean isOff = m.end() - m.start() == "zhnorm:off".length();
            if (isOff && off < 0) {
                off = m.start();
            } else if (!isOff && off >= 0) {
                out.add(new Span(off, m.end()));
                off = -1;
            }
        }
        if (off >= 0) {
            if (text.length() > off) {
                out.add(new Span(off, text.length()));
            }
            return true;
        }
        return false;
    }
}
