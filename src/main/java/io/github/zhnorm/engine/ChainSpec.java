package io.github.zhnorm.engine;

import java.util.List;

/**
 * What one configuration does, before compilation: a normalization chain applied to the whole input, an optional
 * segmentation dictionary (maximum forward match), and the conversion chain applied to each segment.
 */
public record ChainSpec(String name, List<DictSpec> normalization, DictSpec segmentation, List<DictSpec> chain) {
    public ChainSpec {
        normalization = List.copyOf(normalization);
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException(name + ": empty conversion chain");
        }
    }

    /** This chain with {@code first} put ahead of the first stage's dictionaries and into segmentation. */
    public ChainSpec withPriorityDictionary(DictSpec first) {
        List<DictSpec> stages = new java.util.ArrayList<>(chain);
        stages.set(0, DictSpec.shortCircuit(first, chain.get(0)));
        DictSpec seg = segmentation == null ? null : DictSpec.union(first, segmentation);
        return new ChainSpec(name, normalization, seg, stages);
    }
}
