package io.github.zhnorm.protect;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code emails} protection: an ASCII local part ({@code A-Z a-z 0-9 . _ % + -}), {@code @}, and a domain of two
 * or more dot-separated ASCII labels ({@code A-Z a-z 0-9 -}), not directly after another local-part character.
 * Being ASCII only, an address ends before Chinese text or punctuation written right after it.
 */
final class Emails implements SpanFinder {
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");

    @Override
    public void find(CharSequence text, List<Span> out) {
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
    }
}
