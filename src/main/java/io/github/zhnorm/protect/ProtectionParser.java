package io.github.zhnorm.protect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code --protect} values; the rules are on {@link Protection}. */
final class ProtectionParser {
    private static final String REGEX_PREFIX = "regex:";

    /** A comma that ends a {@code regex:} item: one followed by another item. */
    private static final Pattern REGEX_END = Pattern.compile(
            ",(?=\\s*(?:(?:code|urls|emails)\\s*(?:,|$)|regex:))", Pattern.CASE_INSENSITIVE);

    private ProtectionParser() {
    }

    static List<Protection> parse(List<String> values) {
        Objects.requireNonNull(values, "values");
        Set<Protection> out = new LinkedHashSet<>();
        for (String value : values) {
            for (String item : items(Objects.requireNonNull(value, "value"))) {
                out.add(item(item));
            }
        }
        return List.copyOf(out);
    }

    private static List<String> items(String value) {
        List<String> items = new ArrayList<>();
        int pos = 0;
        while (true) {
            int start = skipSpaces(value, pos);
            int end;
            if (value.regionMatches(true, start, REGEX_PREFIX, 0, REGEX_PREFIX.length())) {
                end = regexEnd(value, start + REGEX_PREFIX.length());
                items.add(value.substring(start, end));
            } else {
                int comma = value.indexOf(',', pos);
                end = comma < 0 ? value.length() : comma;
                items.add(value.substring(pos, end).strip());
            }
            if (end == value.length()) {
                return items;
            }
            pos = end + 1;
        }
    }

    /** The comma ending a pattern that starts at {@code from}, skipping escaped ones; or the end of the value. */
    private static int regexEnd(String value, int from) {
        Matcher m = REGEX_END.matcher(value);
        int pos = from;
        while (m.find(pos)) {
            if (!isEscaped(value, m.start())) {
                return m.start();
            }
            pos = m.end();
        }
        return value.length();
    }

    private static boolean isEscaped(String s, int i) {
        int backslashes = 0;
        while (i - backslashes > 0 && s.charAt(i - backslashes - 1) == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Protection item(String item) {
        if (item.regionMatches(true, 0, REGEX_PREFIX, 0, REGEX_PREFIX.length())) {
            return Protection.regex(item.substring(REGEX_PREFIX.length()));
        }
        if (item.isEmpty()) {
            throw new IllegalArgumentException("empty item in --protect list; valid: " + Protection.VALID);
        }
        for (Protection.Builtin b : Protection.Builtin.values()) {
            if (b.id().equals(item.toLowerCase(Locale.ROOT))) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown protection '" + item + "'; valid: " + Protection.VALID);
    }
}
