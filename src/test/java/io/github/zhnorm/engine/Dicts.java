package io.github.zhnorm.engine;

import io.github.zhnorm.dict.TextDictionary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tiny hand-made dictionaries for engine tests: {@code dict("a", "b", "c", "d e")} maps a→b and c→d (first of d e). */
final class Dicts {
    private Dicts() {
    }

    static TextDictionary dict(String... keyValues) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], List.of(keyValues[i + 1].split(" ")));
        }
        return TextDictionary.of("test", m);
    }

    static DictSpec leaf(String... keyValues) {
        return new DictSpec.Leaf(dict(keyValues));
    }

    static String convert(DictSpec stage, String text) {
        return pipeline(null, stage).convert(text);
    }

    static ConversionPipeline pipeline(DictSpec segmentation, DictSpec... stages) {
        return ConversionPipeline.compile(new ChainSpec("test", List.of(), segmentation, List.of(stages)));
    }
}
