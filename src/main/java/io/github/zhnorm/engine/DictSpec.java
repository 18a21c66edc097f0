package io.github.zhnorm.engine;

import io.github.zhnorm.dict.TextDictionary;

import java.util.List;

/** A dictionary as a configuration names it: one text dictionary, or a group of them with a match policy. */
public sealed interface DictSpec permits DictSpec.Leaf, DictSpec.Group {

    /** One text dictionary. */
    record Leaf(TextDictionary dictionary) implements DictSpec {
    }

    /** Members tried under {@code policy}; groups nest. */
    record Group(MatchPolicy policy, List<DictSpec> members) implements DictSpec {
        public Group {
            members = List.copyOf(members);
        }
    }

    static DictSpec leaf(TextDictionary d) {
        return new Leaf(d);
    }

    static DictSpec shortCircuit(DictSpec... members) {
        return new Group(MatchPolicy.SHORT_CIRCUIT, List.of(members));
    }

    static DictSpec union(DictSpec... members) {
        return new Group(MatchPolicy.UNION, List.of(members));
    }
}
