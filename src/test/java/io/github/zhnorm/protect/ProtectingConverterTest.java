package io.github.zhnorm.protect;

import io.github.zhnorm.Converter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProtectingConverterTest {
    private static final UnaryOperator<String> UPPER = s -> s.toUpperCase(Locale.ROOT);

    private static ProtectingConverter upper(String protect) {
        return new ProtectingConverter(UPPER, ProtectedSpans.of(Protection.parse(protect)));
    }

    @Test
    void convertsOnlyOutsideProtectedSpans() {
        String text = "see `code` and\n```\nblock\n```\nat http://a.com/x, mail b@c.de ok";
        assertEquals("SEE `code` AND\n```\nblock\n```\nAT http://a.com/x, MAIL b@c.de OK",
                upper("code,urls,emails").convert(text));
    }

    @Test
    void protectedSpansAreCopiedExactly() {
        String text = "a `b\u00e9\r\n\uD83D\uDE00` c";
        assertEquals("A `b\u00e9\r\n\uD83D\uDE00` C", upper("code").convert(text));
    }

    @Test
    void markersApplyWithoutAnyProtection() {
        var c = new ProtectingConverter(UPPER, ProtectedSpans.markersOnly());
        assertEquals("A <!-- zhnorm:off --> b <!-- zhnorm:on --> C", c.convert("a <!-- zhnorm:off --> b <!-- zhnorm:on --> c"));
        assertEquals("A // zhnorm:off\nb\nc", c.convert("a // zhnorm:off\nb\nc"));
    }

    @Test
    void wholeTextProtected() {
        assertEquals("`abc`", upper("code").convert("`abc`"));
    }

    @Test
    void unchangedTextIsReturnedItself() {
        String none = "NO SPANS HERE";
        assertSame(none, upper("code,urls").convert(none));
        String spans = "A `b` HTTP: http://x.com";
        assertSame(spans, upper("code,urls").convert(spans));
        // even when the conversion returns an equal copy
        String text = "ABC `d`";
        assertSame(text, new ProtectingConverter(s -> new String(s), ProtectedSpans.of(Protection.CODE)).convert(text));
        assertSame("ABC", new ProtectingConverter(s -> new String(s), ProtectedSpans.markersOnly()).convert("ABC"));
    }

    @Test
    void emptyText() {
        String empty = "";
        assertSame(empty, upper("code,urls,emails").convert(empty));
    }

    @Test
    void protectedSpansForExplain() {
        assertEquals(List.of(new Span(2, 5)), upper("code").protectedSpans("a `b` c"));
    }

    @Test
    void staticFormRejectsBadSpans() {
        assertEquals("A b C", ProtectingConverter.convert("a b c", List.of(new Span(2, 3)), UPPER));
        assertThrows(IllegalArgumentException.class,
                () -> ProtectingConverter.convert("abc", List.of(new Span(1, 2), new Span(0, 1)), UPPER));
        assertThrows(IllegalArgumentException.class,
                () -> ProtectingConverter.convert("abc", List.of(new Span(1, 4)), UPPER));
    }

    @Test
    void realConverterKeepsProtectedChinese() {
        var c = ProtectingConverter.of(Converter.of("s2t"), ProtectedSpans.of(Protection.CODE, Protection.URLS));
        assertEquals("頭髮 `头发` http://例子.com/头发 頭髮", c.convert("头发 `头发` http://例子.com/头发 头发"));
        assertEquals("頭髮\n```\n头发\n```\n<!-- zhnorm:off -->头发<!-- zhnorm:on -->頭髮",
                c.convert("头发\n```\n头发\n```\n<!-- zhnorm:off -->头发<!-- zhnorm:on -->头发"));
    }

    @Test
    void noPhraseAcrossAProtectedSpan() {
        var c = ProtectingConverter.of(Converter.of("s2t"), ProtectedSpans.of(Protection.regex("x")));
        // 头发 as a phrase gives 頭髮; split by a protected x, 发 alone gives 發
        assertEquals("頭x發", c.convert("头x发"));
        String traditional = "頭髮";
        assertSame(traditional, c.convert(traditional));
    }
}
