package io.github.zhnorm.protect;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code regex:} protection: every non-empty match of the pattern. */
final class RegexSpans implements SpanFinder {
    private final Pattern pattern;

    RegexSpans(Pattern pattern) {
        this.pattern = pattern;
    }

    @Override
    public void find(CharSequence text, List<Span> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                out.add(new Span(m.start(), m.end()));
            }
        }
    }
}
