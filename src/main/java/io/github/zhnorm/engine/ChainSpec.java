package io.github.zhnorm.engine;

import java.util.List;

/**
 * What one configuration does, before compilation: a normalization chain applied to the whole input, an optional
 * segmentation dictionary (maximum forward match), and the conversion chain applied to each segment.
 */
public record ChainSpec(String name, List<DictSpec> normalization, DictSpec segmentation, List<DictSpec> chain,
                        DictSpec prioritySegmentation) {
    public ChainSpec {
        normalization = List.copyOf(normalization);
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException(name + ": empty conversion chain");
        }
    }

    /** A chain segmented as OpenCC segments (no priority keys). */
    public ChainSpec(String name, List<DictSpec> normalization, DictSpec segmentation, List<DictSpec> chain) {
        this(name, normalization, segmentation, chain, null);
    }

    /**
     * This chain with priority keys for segmentation (not OpenCC's rule; for the project's own targets): a
     * segmentation match that a priority key starting inside it would run past is not taken, so that a term is
     * not hidden by a phrase that starts one character earlier (在出 in 落在出租车上). The chain's first stage must
     * convert every run in full (no stage may be skipped on unmatched text).
     */
    public ChainSpec withPrioritySegmentation(DictSpec priority) {
        return new ChainSpec(name, normalization, segmentation, chain, priority);
    }

    /** This chain with {@code first} put ahead of the first stage's dictionaries and into segmentation. */
    public ChainSpec withPriorityDictionary(DictSpec first) {
        List<DictSpec> stages = new java.util.ArrayList<>(chain);
        stages.set(0, DictSpec.shortCircuit(first, chain.get(0)));
        DictSpec seg = segmentation == null ? null : DictSpec.union(first, segmentation);
        return new ChainSpec(name, normalization, seg, stages, prioritySegmentation);
    }
}
