package io.github.zhnorm.protect;

import io.github.zhnorm.Converter;
import io.github.zhnorm.Replacement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProtectedExplanationsTest {

    @Test
    void explainsOnlyUnprotectedPiecesWithWholeTextOffsets() {
        String text = "头发 `头发` 头发";
        List<Replacement> all = ProtectedExplanations.explain(Converter.of("s2t"),
                ProtectedSpans.of(Protection.CODE), text);
        for (Replacement r : all) {
            assertEquals(r.source(), text.substring(r.start(), r.end()));
        }
        assertEquals(List.of(0, 8), all.stream().map(Replacement::start).distinct().toList());
        assertEquals(List.of(), ProtectedExplanations.explain(Converter.of("s2t"),
                ProtectedSpans.of(Protection.CODE), "`头发`"));
    }
}
