package io.github.zhnorm.protect;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A kind of span to keep unconverted: one of the {@link Builtin} kinds ({@code code}, {@code urls},
 * {@code emails}) or a {@link Regex} whose every match is kept.
 *
 * <p>{@link #parse(String)} reads the CLI's {@code --protect} value, a comma-separated list such as
 * {@code code,urls,emails,regex:PATTERN}. Kind names are case-insensitive and may be surrounded by spaces. Since a
 * regular expression may contain commas, a {@code regex:} item runs to the end of the value, or up to the first
 * comma that is followed (after optional spaces) either by {@code regex:} or by a whole kind name ({@code code},
 * {@code urls}, {@code emails}) ending at a comma or at the end of the value. So {@code regex:\d{1,3},urls} is the
 * regex {@code \d{1,3}} plus {@code urls}, and {@code regex:a,b} is the single regex {@code a,b}. The pattern itself
 * is taken verbatim, spaces included. A comma escaped with a backslash never ends a pattern, so to put a comma
 * followed by a kind name in a pattern write it as {@code \,} (which Java regexes read as a plain comma), or as
 * {@code [,]} or {@code \x2c}. A repeated option ({@link #parse(List)}) reads each value by these same rules.
 */
public sealed interface Protection permits Protection.Builtin, Protection.Regex {

    /** Markdown code: fenced blocks and inline code spans. */
    Protection CODE = Builtin.CODE;

    /** {@code http}, {@code https}, {@code ftp} and {@code file} URLs, and hosts starting {@code www.}. */
    Protection URLS = Builtin.URLS;

    /** E-mail addresses. */
    Protection EMAILS = Builtin.EMAILS;

    /** How to write the valid kinds, for messages. */
    String VALID = "code, urls, emails, regex:PATTERN";

    /** The name as written in a {@code --protect} value: {@code code}, {@code urls}, {@code regex:a+}, … */
    String id();

    /** A regex protection; every non-empty match of {@code pattern} is kept. */
    static Protection regex(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("empty pattern in 'regex:'; valid: " + VALID);
        }
        try {
            return new Regex(Pattern.compile(pattern));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid pattern in 'regex:" + pattern + "': "
                    + e.getDescription() + " near index " + e.getIndex(), e);
        }
    }

    /**
     * The protections in one {@code --protect} value, in order, without duplicates.
     *
     * @throws IllegalArgumentException for an empty item, an unknown kind (the message lists the valid ones) or an
     *                                  invalid pattern
     */
    static List<Protection> parse(String value) {
        return ProtectionParser.parse(List.of(value));
    }

    /** The protections in all of {@code values} (a repeated {@code --protect}), in order, without duplicates. */
    static List<Protection> parse(List<String> values) {
        return ProtectionParser.parse(values);
    }

    /** The kinds with a name of their own. */
    enum Builtin implements Protection {
        CODE, URLS, EMAILS;

        @Override
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Keeps every non-empty match of {@code pattern}. Equal when the pattern strings and flags are. */
    record Regex(Pattern pattern) implements Protection {
        public Regex {
            Objects.requireNonNull(pattern, "pattern");
        }

        @Override
        public String id() {
            return "regex:" + pattern.pattern();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Regex r && r.pattern.pattern().equals(pattern.pattern())
                    && r.pattern.flags() == pattern.flags();
        }

        @Override
        public int hashCode() {
            return pattern.pattern().hashCode() * 31 + pattern.flags();
        }

        @Override
        public String toString() {
            return id();
        }
    }
}
