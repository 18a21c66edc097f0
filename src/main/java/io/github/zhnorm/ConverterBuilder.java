package io.github.zhnorm;

import io.github.zhnorm.dict.DictionaryParser;
import io.github.zhnorm.dict.LineFormat;
import io.github.zhnorm.dict.TextDictionary;
import io.github.zhnorm.engine.ChainSpec;
import io.github.zhnorm.engine.DictSpec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a {@link Converter} from a configuration plus user dictionaries. User entries take priority over the
 * configuration's first stage and join its segmentation, so a user phrase is never split; entries added later
 * override earlier ones with the same key. Not thread-safe; the converters it builds are.
 */
public final class ConverterBuilder {
    private final String name;
    private final ChainSpec base;
    private TextDictionary user;

    ConverterBuilder(String name, ChainSpec base) {
        this.name = name;
        this.base = base;
    }

    /** Adds an OpenCC text dictionary file ({@code key<TAB>value}); fails now on a malformed line. */
    public ConverterBuilder addDictionary(Path file) {
        return add(DictionaryParser.parse(Objects.requireNonNull(file, "file"), LineFormat.STRICT));
    }

    /** Adds entries from a map of key → replacement. */
    public ConverterBuilder addEntries(Map<String, String> entries) {
        Map<String, String> copy = new LinkedHashMap<>();
        entries.forEach((k, v) -> {
            if (k == null || k.isEmpty() || v == null) {
                throw new IllegalArgumentException("user entries need a non-empty key and a value: " + k);
            }
            copy.put(k, v);
        });
        return add(TextDictionary.ofSingle("user entries", copy));
    }

    private ConverterBuilder add(TextDictionary d) {
        user = user == null ? d : user.overlaidBy(d);
        return this;
    }

    public Converter build() {
        ChainSpec spec = user == null ? base : base.withPriorityDictionary(new DictSpec.Leaf(user));
        return Converter.compile(user == null ? name : name + "+user", spec);
    }
}
