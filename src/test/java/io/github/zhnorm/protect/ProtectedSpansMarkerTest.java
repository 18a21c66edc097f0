package io.github.zhnorm.protect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.zhnorm.protect.ProtectedSpansCodeTest.kept;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ProtectedSpansMarkerTest {
    private static final ProtectedSpans NONE = ProtectedSpans.markersOnly();

    @Test
    void htmlComments() {
        String text = "头发\n<!-- zhnorm:off -->\n头发\n<!-- zhnorm:on -->\n头发";
        assertEquals(List.of("zhnorm:off -->\n头发\n<!-- zhnorm:on"), kept(NONE, text));
    }

    @Test
    void lineComments() {
        String text = "a // zhnorm:off\nb\n# zhnorm:on\nc";
        assertEquals(List.of("zhnorm:off\nb\n# zhnorm:on"), kept(NONE, text));
    }

    @Test
    void unmatchedOffRunsToTheEnd() {
        assertEquals(List.of("zhnorm:off 头发\n头发"), kept(NONE, "头发 zhnorm:off 头发\n头发"));
    }

    @Test
    void extraMarkersChangeNothing() {
        String text = "zhnorm:on a zhnorm:off b zhnorm:off c zhnorm:on d zhnorm:on e";
        assertEquals(List.of("zhnorm:off b zhnorm:off c zhnorm:on"), kept(NONE, text));
    }

    @Test
    void severalRegions() {
        assertEquals(List.of("zhnorm:off一zhnorm:on", "zhnorm:off三zhnorm:on"),
                kept(NONE, "零zhnorm:off一zhnorm:on二zhnorm:off三zhnorm:on四"));
    }

    @Test
    void onlyWholeLowerCaseWords() {
        assertEquals(List.of(), kept(NONE, "myzhnorm:off zhnorm:offline ZHNORM:OFF zhnorm:off_2"));
        assertEquals(List.of("zhnorm:off-->x"), kept(NONE, "<!--zhnorm:off-->x"));
    }

    @Test
    void markersWorkWithProtections() {
        ProtectedSpans urls = ProtectedSpans.of(Protection.URLS);
        String text = "http://a.com zhnorm:off x zhnorm:on y";
        assertEquals(List.of("http://a.com", "zhnorm:off x zhnorm:on"), kept(urls, text));
    }

    @Test
    void quotedMarkersAreText() {
        String text = "write `zhnorm:off` to stop, 头发";
        assertEquals(List.of("`zhnorm:off`"), kept(ProtectedSpans.of(Protection.CODE), text));
        assertEquals(List.of("zhnorm:off` to stop, 头发"), kept(NONE, text));
        // an on marker in code does not end a region either
        String fenced = "zhnorm:off\n```\nzhnorm:on\n```\n头发";
        assertEquals(List.of(fenced), kept(ProtectedSpans.of(Protection.CODE), fenced));
    }
}
