package io.github.zhnorm.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled configuration: normalization over the whole input, then segmentation, then the conversion chain
 * applied to each segment separately (a later stage never matches across a segment boundary).
 * Immutable and thread-safe; per-call state lives in a {@link Scratch}.
 */
public final class ConversionPipeline implements Conversion {
    private final String name;
    private final MatchTable[] normalization;
    private final MatchTable segmentation;
    private final MatchTable[] stages;
    /**
     * True when every key of the first stage is also a segmentation key: then no first-stage key starts anywhere
     * in an unmatched segment, and the first stage copies such segments unchanged (so it is skipped there).
     */
    private final boolean firstStageInSegmentation;
    /**
     * When the first stage is a short_circuit group whose first member is the segmentation dictionary itself
     * (s2tw, s2twp, s2hk, s2hkp): its other members, compiled alone. On a matched segment the first stage's result
     * is then the segmentation key's value (found by the segmentation walk already); on an unmatched run, where no
     * segmentation key starts, only these other members can match. Null otherwise.
     */
    private final MatchTable firstStageRest;
    /** Keys that segmentation matches may not hide (see {@link ChainSpec#withPrioritySegmentation}); or null. */
    private final MatchTable priority;
    private final boolean[] keyStart = new boolean[65536];
    private final CharMask safeBreaks;

    ConversionPipeline(String name, MatchTable[] normalization, MatchTable segmentation, MatchTable[] stages) {
        this(name, normalization, segmentation, stages, false, null, null, null);
    }

    /** {@code safeBreaks}: as computed by {@link #safeBreaks(List)} for these tables, or null to compute it. */
    ConversionPipeline(String name, MatchTable[] normalization, MatchTable segmentation, MatchTable[] stages,
                       boolean firstStageInSegmentation, MatchTable firstStageRest, MatchTable priority,
                       CharMask safeBreaks) {
        this.name = name;
        // a run may hold a priority-cut match: no stage is skipped on runs then
        this.firstStageInSegmentation = firstStageInSegmentation && priority == null;
        this.firstStageRest = priority == null ? firstStageRest : null;
        this.priority = priority;
        this.normalization = normalization;
        this.segmentation = segmentation;
        this.stages = stages;
        for (MatchTable t : allTables()) {
            t.markKeyStarts(keyStart);
        }
        this.safeBreaks = safeBreaks != null ? safeBreaks : safeBreaks(allTables());
    }

    /** Chars that occur in no key and no value of {@code tables} (and are no surrogate or description char). */
    private static CharMask safeBreaks(List<MatchTable> tables) {
        boolean[] used = new boolean[65536];
        for (MatchTable t : tables) {
            t.markUsedChars(used);
        }
        boolean[] breaks = new boolean[65536];
        for (int c = 0; c < 65536; c++) {
            breaks[c] = !used[c] && !Character.isSurrogate((char) c) && !Ids.isDescriptionCharacter(c);
        }
        return CharMask.of(breaks);
    }

    CharMask safeBreaks() {
        return safeBreaks;
    }

    /** Compiles a chain; identical dictionary specs within it are compiled once. */
    public static ConversionPipeline compile(ChainSpec spec) {
        Map<DictSpec, MatchTable> compiled = new IdentityHashMap<>();
        List<MatchTable> norm = new ArrayList<>();
        for (DictSpec d : spec.normalization()) {
            norm.add(compiled.computeIfAbsent(d, MatchTable::compile));
        }
        MatchTable seg = spec.segmentation() == null ? null
                : compiled.computeIfAbsent(spec.segmentation(), MatchTable::compile);
        List<MatchTable> chain = new ArrayList<>();
        for (DictSpec d : spec.chain()) {
            chain.add(compiled.computeIfAbsent(d, MatchTable::compile));
        }
        DictSpec rest = spec.prioritySegmentation() == null ? firstStageRest(spec) : null;
        MatchTable priority = spec.prioritySegmentation() == null ? null
                : compiled.computeIfAbsent(spec.prioritySegmentation(), MatchTable::compile);
        return new ConversionPipeline(spec.name(), norm.toArray(new MatchTable[0]), seg,
                chain.toArray(new MatchTable[0]), firstStageInSegmentation(spec),
                rest == null ? null : MatchTable.compile(rest), priority, null);
    }

    /** The first stage's members after the segmentation dictionary, when it leads a short_circuit first stage. */
    private static DictSpec firstStageRest(ChainSpec spec) {
        if (spec.segmentation() == null || !(spec.chain().get(0) instanceof DictSpec.Group g)
                || g.policy() != MatchPolicy.SHORT_CIRCUIT || g.members().size() < 2
                || !g.members().get(0).equals(spec.segmentation())) {
            return null;
        }
        List<DictSpec> rest = g.members().subList(1, g.members().size());
        return rest.size() == 1 ? rest.get(0) : new DictSpec.Group(MatchPolicy.SHORT_CIRCUIT, rest);
    }

    /** Structural check: the segmentation dictionary is the first stage, or a union that has it as a member. */
    private static boolean firstStageInSegmentation(ChainSpec spec) {
        DictSpec seg = spec.segmentation();
        DictSpec first = spec.chain().get(0);
        if (seg == first) {
            return true;
        }
        return seg instanceof DictSpec.Group g && g.policy() == MatchPolicy.UNION
                && g.members().stream().anyMatch(m -> m == first);
    }

    @Override
    public String name() {
        return name;
    }

    MatchTable[] normalization() {
        return normalization;
    }

    MatchTable segmentation() {
        return segmentation;
    }

    MatchTable[] stages() {
        return stages;
    }

    boolean firstStageInSegmentation() {
        return firstStageInSegmentation;
    }

    MatchTable firstStageRest() {
        return firstStageRest;
    }

    MatchTable priority() {
        return priority;
    }

    /** Every table, segmentation included. */
    List<MatchTable> tables() {
        return allTables();
    }

    private List<MatchTable> allTables() {
        List<MatchTable> all = new ArrayList<>(List.of(normalization));
        if (segmentation != null) {
            all.add(segmentation);
        }
        all.addAll(List.of(stages));
        if (firstStageRest != null) {
            all.add(firstStageRest);
        }
        if (priority != null) {
            all.add(priority);
        }
        return all;
    }

    /**
     * True when text may be cut right after {@code c} with no effect on the result: {@code c} occurs in no key
     * and no value of any dictionary here, so no match or segment can reach across it.
     */
    @Override
    public boolean isSafeBreak(char c) {
        return safeBreaks.contains(c);
    }

    /** True when some dictionary here has a key starting with {@code c}. */
    boolean startsKey(char c) {
        return keyStart[c];
    }

    /** Converts {@code text}; returns the same instance when no dictionary replaced anything. */
    @Override
    public String convert(String text) {
        int n = text.length();
        int first = 0;
        while (first < n && !keyStart[text.charAt(first)]) {
            first++;
        }
        if (first == n) {
            return text;
        }
        char[] in = text.toCharArray();
        CharBuf out = new CharBuf(n + (n >> 3));
        Scratch scratch = new Scratch();
        convert(in, 0, n, out, scratch);
        return scratch.changed ? out.toString() : text;
    }

    @Override
    public void convert(char[] in, int from, int to, CharBuf out, Scratch scratch) {
        char[] src = in;
        int start = from;
        int end = to;
        for (MatchTable t : normalization) {
            if (!t.anyKeyStart(src, start, end)) {
                continue; // nothing to normalize (the usual case): no copy
            }
            CharBuf nb = scratch.normalized(src);
            nb.clear();
            scratch.changed |= t.convert(src, start, end, nb);
            src = nb.array();
            start = 0;
            end = nb.length();
        }
        if (segmentation == null) {
            // the whole text is one segment
            if (stages.length == 1) {
                scratch.changed |= stages[0].convert(src, start, end, out);
                return;
            }
            CharBuf whole = scratch.a;
            whole.clear();
            scratch.changed |= stages[0].convert(src, start, end, whole);
            int[] ends = scratch.ends(1, 0);
            ends[0] = whole.length();
            laterStages(whole, ends, 1, out, scratch);
            return;
        }
        if (stages.length == 1) {
            final char[] text = src;
            Segmenter.segment(segmentation, priority, text, start, end, (s, e, value) -> firstStage(text, s, e, value, out,
                    scratch));
            return;
        }
        convertStageByStage(src, start, end, out, scratch);
    }

    /**
     * A chain of several stages over segmented text, block by block (a few thousand chars, so that the
     * intermediate text stays in cache): the first stage segment by segment (it may be skipped or answered by the
     * segmentation walk), then each later stage in one pass over the block's segments, which stops every match
     * at the segment ends. Same result as converting each segment through the chain alone.
     */
    private void convertStageByStage(char[] src, int start, int end, CharBuf out, Scratch scratch) {
        Scratch.Segments segments = scratch.segments;
        segments.clear();
        Segmenter.segment(segmentation, priority, src, start, end, segments);
        int n = segments.count();
        CharBuf block = scratch.a;
        block.clear();
        int[] blockEnds = scratch.ends(BLOCK_SEGMENTS, 0);
        int inBlock = 0;
        for (int k = 0; k < n; k++) {
            firstStage(src, segments.start(k), segments.end(k), segments.value(k), block, scratch);
            blockEnds[inBlock++] = block.length();
            if (block.length() >= BLOCK_CHARS || inBlock == BLOCK_SEGMENTS || k == n - 1) {
                laterStages(block, blockEnds, inBlock, out, scratch);
                block.clear();
                inBlock = 0;
            }
        }
    }

    private static final int BLOCK_CHARS = 8192;
    private static final int BLOCK_SEGMENTS = 4096;

    /** Stages 1.. over the {@code count} segments of {@code block} (ending at {@code ends}), appended to out. */
    private void laterStages(CharBuf block, int[] ends, int count, CharBuf out, Scratch scratch) {
        CharBuf cur = block;
        int[] curEnds = ends;
        int last = stages.length - 1;
        for (int st = 1; st <= last; st++) {
            CharBuf next = st == last ? out : (cur == scratch.a ? scratch.b : scratch.a);
            if (st < last) {
                next.clear();
            }
            int[] nextEnds = scratch.ends(BLOCK_SEGMENTS, 2 - (st & 1)); // buffers 1 and 2 in turn
            scratch.changed |= stages[st].convertSegments(cur.array(), 0, 0, curEnds, count, next, nextEnds);
            cur = next;
            curEnds = nextEnds;
        }
    }

    @Override
    public void explain(char[] in, int from, int to, Scratch scratch, ReplacementSink sink) {
        Recorded normalized = recordStages(normalization, in, from, to, null, sink);
        if (segmentation == null) {
            recordStages(stages, normalized.text(), normalized.start(), normalized.end(), normalized.toOriginal(),
                    sink);
        } else {
            Segmenter.segment(segmentation, priority, normalized.text(), normalized.start(), normalized.end(),
                    (s, e, value) -> recordStages(stages, normalized.text(), s, e, normalized.toOriginal(), sink));
        }
    }

    /** Text after some stages, with the way back to the original input. */
    private record Recorded(char[] text, int start, int end, Alignment toOriginal) {
    }

    /** Applies {@code tables} in order to {@code src[start, end)}, reporting each replacement in original terms. */
    private static Recorded recordStages(MatchTable[] tables, char[] src, int start, int end, Alignment base,
                                         ReplacementSink sink) {
        Recorded cur = new Recorded(src, start, end, base);
        for (MatchTable t : tables) {
            CharBuf out = new CharBuf(cur.end() - cur.start() + 16);
            Alignment a = new Alignment(cur.toOriginal(), cur.start(), 0);
            recordStage(t, cur.text(), cur.start(), cur.end(), out, a, cur.toOriginal(), sink);
            cur = new Recorded(out.array(), 0, out.length(), a);
        }
        return cur;
    }

    private static void recordStage(MatchTable t, char[] src, int start, int end, CharBuf out, Alignment a,
                                     Alignment toOriginal, ReplacementSink sink) {
        t.convert(src, start, end, out, (is, ie, os, oe, dict) -> {
            a.add(is, ie, os, oe);
            int s = toOriginal == null ? is : toOriginal.start(is);
            int e = toOriginal == null ? ie : toOriginal.end(ie);
            sink.replaced(s, e, new String(out.array(), os, oe - os), dict);
        });
    }

    /**
     * The first stage on one segment ({@code value} as the segmenter reports it), appended to {@code into}: skipped
     * on a run where no first-stage key starts, answered by the segmentation walk when the first stage begins with
     * the segmentation dictionary (see the fields), converted otherwise.
     */
    private void firstStage(char[] src, int s, int e, int value, CharBuf into, Scratch scratch) {
        if (value == Segmenter.RUN_WITH_SEQUENCE) {
            scratch.changed |= stages[0].convert(src, s, e, into);
        } else if (firstStageRest != null) {
            if (value >= 0) {
                int mark = into.length();
                segmentation.appendValue(value, into);
                scratch.changed |= !into.regionEquals(mark, src, s, e);
            } else {
                scratch.changed |= firstStageRest.convert(src, s, e, into);
            }
        } else if (value >= 0 || !firstStageInSegmentation) {
            scratch.changed |= stages[0].convert(src, s, e, into);
        } else {
            into.append(src, s, e - s); // no first-stage key starts in this run
        }
    }

    @Override
    public String toString() {
        return "ConversionPipeline[" + name + ", " + stages.length + " stage(s)"
                + (segmentation == null ? "" : ", segmented") + "]";
    }
}
