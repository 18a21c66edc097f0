package io.github.zhnorm.protect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProtectedSpansCodeTest {
    private static final ProtectedSpans CODE = ProtectedSpans.of(Protection.CODE);

    /** The protected texts. */
    static List<String> kept(ProtectedSpans spans, String text) {
        return spans.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void backtickAndTildeFences() {
        String text = "a\n```java\nx = 1;\n```\nb\n~~~\ny\n~~~\nc";
        assertEquals(List.of("```java\nx = 1;\n```", "~~~\ny\n~~~"), kept(CODE, text));
    }

    @Test
    void shorterFenceInsideLongerOne() {
        String text = "a\n````md\n```\ninner\n```\n````\nb";
        assertEquals(List.of("````md\n```\ninner\n```\n````"), kept(CODE, text));
        assertEquals(List.of("~~~~\n~~~\n``` x\n~~~~~"), kept(CODE, "~~~~\n~~~\n``` x\n~~~~~\nafter"));
    }

    @Test
    void otherFenceCharacterDoesNotClose() {
        assertEquals(List.of("```\n~~~\n```"), kept(CODE, "```\n~~~\n```\nz"));
    }

    @Test
    void closingFenceMayHaveOnlyTrailingSpaces() {
        assertEquals(List.of("```\n``` x\ny\n```  "), kept(CODE, "```\n``` x\ny\n```  \nz"));
    }

    @Test
    void unclosedFenceRunsToTheEnd() {
        String text = "a\n```\ncode\nmore";
        assertEquals(List.of("```\ncode\nmore"), kept(CODE, text));
    }

    @Test
    void fencesIndentedUpToThreeSpaces() {
        assertEquals(List.of("```\nx\n  ```"), kept(CODE, "   ```\nx\n  ```\ny"));
        // four spaces is not a fence (which would run to the end)
        assertEquals(List.of(), kept(CODE, "    ```\nx"));
    }

    @Test
    void backtickFenceInfoMayNotHoldBackticks() {
        // not a fence, but inline code
        assertEquals(List.of("```a`b```"), kept(CODE, "```a`b```\nx"));
    }

    @Test
    void crlfLineEnds() {
        assertEquals(List.of("```\r\nx\r\n```"), kept(CODE, "a\r\n```\r\nx\r\n```\r\nb"));
    }

    @Test
    void inlineCodeWithOneAndTwoBackticks() {
        String text = "a `x` b ``like ` this`` c";
        assertEquals(List.of("`x`", "``like ` this``"), kept(CODE, text));
    }

    @Test
    void unmatchedBackticksAreText() {
        assertEquals(List.of(), kept(CODE, "it`s here"));
        assertEquals(List.of("`b`"), kept(CODE, "``a `b`"));
    }

    @Test
    void inlineCodeStopsAtABlankLine() {
        assertEquals(List.of("`a\nb`"), kept(CODE, "`a\nb`"));
        assertEquals(List.of(), kept(CODE, "`a\n\nb`"));
        assertEquals(List.of(), kept(CODE, "`a\n  \nb`"));
    }

    @Test
    void escapedBacktickOpensNothing() {
        assertEquals(List.of(), kept(CODE, "\\`not code\\`"));
        assertEquals(List.of("`x`"), kept(CODE, "\\\\`x`"));
    }

    @Test
    void inlineCodeDoesNotReachIntoAFence() {
        String text = "a ` b\n```\n` c\n```\nd";
        assertEquals(List.of("```\n` c\n```"), kept(CODE, text));
    }
}
