package io.github.zhnorm.protect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProtectionParseTest {

    @Test
    void readsKindsInOrder() {
        assertEquals(List.of(Protection.CODE, Protection.URLS, Protection.EMAILS),
                Protection.parse("code,urls,emails"));
        assertEquals(List.of(Protection.EMAILS, Protection.CODE), Protection.parse("emails,code"));
    }

    @Test
    void kindNamesIgnoreCaseAndSpacesAndDuplicates() {
        assertEquals(List.of(Protection.CODE, Protection.URLS), Protection.parse(" Code , URLS,code "));
    }

    @Test
    void regexRunsToTheEndOfTheValue() {
        assertEquals(List.of(Protection.CODE, Protection.regex("[A-Z]{2,}")), Protection.parse("code,regex:[A-Z]{2,}"));
    }

    @Test
    void regexMayHoldCommas() {
        assertEquals(List.of(Protection.regex("a,b"), Protection.URLS), Protection.parse("regex:a,b,urls"));
        assertEquals(List.of(Protection.regex("\\d{1,3}"), Protection.URLS, Protection.regex("x,y")),
                Protection.parse("regex:\\d{1,3},urls,regex:x,y"));
        // a comma followed by a word that only starts like a kind stays in the regex
        assertEquals(List.of(Protection.regex("a,codex,emails2")), Protection.parse("regex:a,codex,emails2"));
    }

    @Test
    void aKindAfterARegexEndsIt() {
        assertEquals(List.of(Protection.regex("a"), Protection.CODE, Protection.EMAILS),
                Protection.parse("regex:a, code ,emails"));
    }

    @Test
    void escapedCommaKeepsAKindNameInTheRegex() {
        List<Protection> p = Protection.parse("regex:x\\,code");
        assertEquals(List.of(Protection.regex("x\\,code")), p);
        assertTrue(((Protection.Regex) p.get(0)).pattern().matcher("x,code").matches());
        assertEquals(List.of(Protection.regex("x[,]code")), Protection.parse("regex:x[,]code"));
        // an escaped backslash leaves the comma unescaped
        assertEquals(List.of(Protection.regex("x\\\\"), Protection.CODE), Protection.parse("regex:x\\\\,code"));
    }

    @Test
    void repeatedValuesAreJoined() {
        assertEquals(List.of(Protection.regex("a,b"), Protection.URLS, Protection.CODE),
                Protection.parse(List.of("regex:a,b", "urls", "code,urls")));
        // each value is read by the same rules
        assertEquals(List.of(Protection.regex("a"), Protection.CODE), Protection.parse(List.of("regex:a,code")));
    }

    @Test
    void regexPatternIsVerbatim() {
        assertEquals("regex: x ", Protection.parse("regex: x ").get(0).id());
    }

    @Test
    void unknownKindListsTheValidOnes() {
        String msg = assertThrows(IllegalArgumentException.class, () -> Protection.parse("code,links")).getMessage();
        assertTrue(msg.contains("'links'"), msg);
        assertTrue(msg.contains("code, urls, emails, regex:PATTERN"), msg);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "code,", ",urls", "code,,urls", "regex:", "regex:(", "url"})
    void rejectsBadValues(String value) {
        assertThrows(IllegalArgumentException.class, () -> Protection.parse(value));
    }

    @Test
    void invalidRegexNamesThePattern() {
        String msg = assertThrows(IllegalArgumentException.class, () -> Protection.parse("regex:a(b")).getMessage();
        assertTrue(msg.contains("a(b"), msg);
    }

    @Test
    void idsRoundTrip() {
        for (Protection p : List.of(Protection.CODE, Protection.URLS, Protection.EMAILS, Protection.regex("a|b"))) {
            assertEquals(List.of(p), Protection.parse(p.id()));
        }
    }
}
