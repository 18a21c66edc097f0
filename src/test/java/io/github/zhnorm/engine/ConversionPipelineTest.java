package io.github.zhnorm.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.zhnorm.engine.Dicts.leaf;
import static io.github.zhnorm.engine.Dicts.pipeline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ConversionPipelineTest {

    @Test
    void stagesApplyInOrder() {
        ConversionPipeline p = pipeline(null, leaf("a", "b"), leaf("b", "c"));
        assertEquals("cc", p.convert("ab"));
    }

    @Test
    void laterStageNeverMatchesAcrossASegmentBoundary() {
        // Segmentation cuts "xa|b": stage 2's key "ab" spans the cut and must not match.
        DictSpec seg = leaf("xa", "-");
        ConversionPipeline segmented = pipeline(seg, leaf("q", "q"), leaf("ab", "Z"));
        assertEquals("xab", segmented.convert("xab"));
        // Without segmentation the whole input is one segment.
        ConversionPipeline whole = pipeline(null, leaf("q", "q"), leaf("ab", "Z"));
        assertEquals("xZ", whole.convert("xab"));
    }

    @Test
    void unmatchedCharactersAccumulateIntoOneSegment() {
        // "ab" is unmatched by segmentation (only "zz" is a key), so stage 2 still sees "ab" together.
        ConversionPipeline p = pipeline(leaf("zz", "-"), leaf("q", "q"), leaf("ab", "Z"));
        assertEquals("Zzz", p.convert("abzz"));
    }

    @Test
    void segmentationTakesTheLongestSegmentationKey() {
        // Segments: "abc" | "d". Stage 1 maps "cd" only if both are in one segment.
        ConversionPipeline p = pipeline(leaf("ab", "-", "abc", "-"), leaf("cd", "X"));
        assertEquals("abcd", p.convert("abcd"));
    }

    @Test
    void ideographicDescriptionSequenceIsOneSegmentationUnit() {
        // Segmentation key "鬼x" may not start inside ⿰虫鬼, so 虫鬼 stays in one segment and stage 1 sees it.
        ConversionPipeline p = pipeline(leaf("鬼x", "-"), leaf("虫鬼", "Q"));
        assertEquals("⿰Qx", p.convert("⿰虫鬼x"));
        // Outside a description sequence "鬼x" is its own segment, which cuts 虫|鬼.
        assertEquals("虫鬼x", p.convert("虫鬼x"));
    }

    @Test
    void normalizationRunsOverTheWholeInputFirst() {
        // The segmentation and the stage only ever see normalized text.
        ConversionPipeline p = ConversionPipeline.compile(new ChainSpec("n", List.of(leaf("①", "美")),
                leaf("美丽", "-"), List.of(leaf("美丽", "美麗"))));
        assertEquals("美麗", p.convert("①丽"));
        assertEquals("美麗", p.convert("美丽"));
    }

    @Test
    void unchangedInputIsReturnedItself() {
        ConversionPipeline p = pipeline(null, leaf("a", "a", "b", "c"));
        String noKey = "xyz";
        String identity = "xax";
        assertSame(noKey, p.convert(noKey));
        assertSame(identity, p.convert(identity));
    }

    @Test
    void safeBreaksAreCharactersNoDictionaryUses() {
        ConversionPipeline p = pipeline(leaf("a\nb", "-"), leaf("c", "d"));
        assertEquals(false, p.isSafeBreak('\n'));
        assertEquals(false, p.isSafeBreak('d'));
        assertEquals(true, p.isSafeBreak('x'));
        assertEquals(false, p.isSafeBreak('\uD800'));
    }
}
