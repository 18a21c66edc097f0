package io.github.zhnorm.protect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Operations on lists of spans. */
final class Spans {
    private Spans() {
    }

    /** {@code spans} sorted, with overlapping or touching spans joined and empty ones dropped; unmodifiable. */
    static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.removeIf(s -> s.length() == 0);
        sorted.sort(Comparator.comparingInt(Span::start));
        List<Span> out = new ArrayList<>(sorted.size());
        for (Span s : sorted) {
            int last = out.size() - 1;
            if (last >= 0 && s.start() <= out.get(last).end()) {
                Span prev = out.get(last);
                out.set(last, new Span(prev.start(), Math.max(prev.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    /** Whether one of the sorted, non-overlapping {@code spans} contains {@code offset}. */
    static boolean covers(List<Span> spans, int offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = spans.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
