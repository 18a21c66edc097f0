package io.github.zhnorm.protect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.zhnorm.protect.ProtectedSpansCodeTest.kept;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ProtectedSpansEmailRegexTest {

    @Test
    void emails() {
        ProtectedSpans emails = ProtectedSpans.of(Protection.EMAILS);
        assertEquals(List.of("john.doe+zh@mail.example.com", "a_b@c-d.cn"),
                kept(emails, "联系john.doe+zh@mail.example.com。或a_b@c-d.cn，谢谢"));
        assertEquals(List.of("x@y.org"), kept(emails, "mail x@y.org."));
        assertEquals(List.of(), kept(emails, "@handle 和 a@b 和 a@"));
    }

    @Test
    void everyMatchOfARegex() {
        ProtectedSpans spans = ProtectedSpans.of(Protection.parse("regex:\\{\\{[^}]*\\}\\}"));
        assertEquals(List.of("{{发}}", "{{头,发}}"), kept(spans, "头{{发}}头{{头,发}}"));
    }

    @Test
    void regexWithACommaFromTheCliValue() {
        ProtectedSpans spans = ProtectedSpans.of(Protection.parse("regex:[头发]{2,},emails"));
        assertEquals(List.of(Protection.regex("[头发]{2,}"), Protection.EMAILS), spans.protections());
        assertEquals(List.of("头发", "a@b.cn"), kept(spans, "头发，头，a@b.cn"));
    }

    @Test
    void emptyMatchesAreIgnored() {
        assertEquals(List.of("b"), kept(ProtectedSpans.of(Protection.regex("b*")), "abc"));
    }

    @Test
    void overlappingSpansOfDifferentKindsAreMerged() {
        ProtectedSpans spans = ProtectedSpans.of(Protection.parse("code,urls,emails,regex:see h"));
        String text = "see http://a.com/?to=me@b.cn `x` `y`";
        // the regex [0,5) overlaps the URL [4,28), which holds the e-mail [21,28); code spans stay apart
        assertEquals(List.of(new Span(0, 28), new Span(29, 32), new Span(33, 36)), spans.find(text));
        assertEquals(List.of(new Span(0, 5)), ProtectedSpans.of(Protection.regex("ab"), Protection.regex("bc"),
                Protection.regex("de")).find("abcde"));
    }

    @Test
    void emptyTextAndNoProtections() {
        assertEquals(List.of(), ProtectedSpans.of(Protection.CODE).find(""));
        assertEquals(List.of(), ProtectedSpans.markersOnly().find("`a` http://a.com"));
        assertSame(ProtectedSpans.markersOnly(), ProtectedSpans.of(List.of()));
    }
}
