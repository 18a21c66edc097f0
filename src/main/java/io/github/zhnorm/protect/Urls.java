package io.github.zhnorm.protect;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code urls} protection. A URL starts at {@code http://}, {@code https://}, {@code ftp://}, {@code file://}
 * (any case) or {@code www.}, not directly after an ASCII letter or digit (nor, for {@code www.}, after
 * {@code .}, {@code @}, {@code /} or {@code -}). It runs to the first whitespace, non-ASCII punctuation (such as
 * {@code 。，、）」…}), or one of {@code < > " `}; so it may hold non-ASCII letters ({@code http://例子.com/头发}), and
 * Chinese text written directly after a URL with no space or punctuation stays with it. Then trailing
 * {@code . , : ; ! ? ' * _ ~} are dropped, and a trailing {@code )}, {@code ]} or {@code }} when the URL holds
 * fewer opening than closing ones, repeatedly — so {@code (see http://a.com/x_(y))} keeps {@code http://a.com/x_(y)}.
 */
final class Urls implements SpanFinder {
    private static final Pattern START = Pattern.compile(
            "(?<![A-Za-z0-9])(?:https?|ftp|file)://|(?<![A-Za-z0-9.@/-])www\\.", Pattern.CASE_INSENSITIVE);

    @Override
    public void find(CharSequence text, List<Span> out) {
        Matcher m = START.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int end = trimTrailing(text, m.end(), bodyEnd(text, m.end()));
            if (end > m.end()) {
                out.add(new Span(m.start(), end));
                from = end;
            } else {
                from = m.end();
            }
        }
    }

    private static int bodyEnd(CharSequence text, int i) {
        while (i < text.length() && isUrlChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isUrlChar(char c) {
        if (c < 0x80) {
            return c > ' ' && c != 0x7f && "<>\"`".indexOf(c) < 0;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return false;
        }
        switch (Character.getType(c)) {
            case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.CONNECTOR_PUNCTUATION -> {
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    private static int trimTrailing(CharSequence text, int start, int end) {
        while (end > start) {
            char c = text.charAt(end - 1);
            if (".,:;!?'*_~".indexOf(c) >= 0) {
                end--;
            } else if (c == ')' && unbalanced(text, start, end, '(', ')')
                    || c == ']' && unbalanced(text, start, end, '[', ']')
                    || c == '}' && unbalanced(text, start, end, '{', '}')) {
                end--;
            } else {
                return end;
            }
        }
        return end;
    }

    private static boolean unbalanced(CharSequence text, int start, int end, char open, char close) {
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close) {
                depth--;
            }
        }
        return depth < 0;
    }
}
