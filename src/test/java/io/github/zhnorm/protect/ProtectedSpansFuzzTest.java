package io.github.zhnorm.protect;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProtectedSpansFuzzTest {
    private static final String[] TOKENS = {"`", "``", "```", "~~~", "\n", "\r\n", "\r", " ", "   ", "\\", "a", "头发",
        "http://", "www.", "a.b", "/", "@", "x.cn", "(", ")", "]", "。", "，", "zhnorm:off", "zhnorm:on", "\t", "\uD83D\uDE00"};

    @Test
    void spansAreSortedDisjointAndConversionKeepsThem() {
        ProtectedSpans spans = ProtectedSpans.of(Protection.parse("code,urls,emails,regex:a+"));
        Random random = new Random(20240601);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int tokens = random.nextInt(40);
            for (int i = 0; i < tokens; i++) {
                sb.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            String text = sb.toString();
            List<Span> found = spans.find(text);
            int previousEnd = -1;
            for (Span s : found) {
                assertTrue(s.start() > previousEnd && s.length() > 0 && s.end() <= text.length(), text);
                previousEnd = s.end();
            }
            String out = ProtectingConverter.convert(text, found, t -> t.toUpperCase(Locale.ROOT));
            assertEquals(text.toUpperCase(Locale.ROOT).length(), out.length(), text);
            for (Span s : found) {
                assertEquals(text.substring(s.start(), s.end()), out.substring(s.start(), s.end()), text);
            }
        }
    }
}
