package io.github.zhnorm.dict;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * An immutable dictionary in OpenCC's text model: ordered keys, each with one or more values, of which
 * conversion uses the first. When a key occurs twice the first occurrence counts, as in OpenCC.
 */
public final class TextDictionary {
    private final String name;
    private final Map<String, List<String>> entries;

    private TextDictionary(String name, Map<String, List<String>> entries) {
        this.name = name;
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** A dictionary of the given entries (insertion order kept; values must be non-empty). */
    public static TextDictionary of(String name, Map<String, List<String>> entries) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        entries.forEach((k, v) -> {
            if (v.isEmpty()) {
                throw new IllegalArgumentException(name + ": key '" + k + "' has no value");
            }
            copy.put(k, List.copyOf(v));
        });
        return new TextDictionary(name, copy);
    }

    /** A dictionary of single-valued entries. */
    public static TextDictionary ofSingle(String name, Map<String, String> entries) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        entries.forEach((k, v) -> copy.put(k, List.of(v)));
        return new TextDictionary(name, copy);
    }

    public String name() {
        return name;
    }

    /** Ordered, unmodifiable view of key → values. */
    public Map<String, List<String>> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The first value for {@code key}, or null. */
    public String first(String key) {
        List<String> v = entries.get(key);
        return v == null ? null : v.get(0);
    }

    /**
     * The reverse dictionary as OpenCC's build makes it: every value maps back to its key; when a value belongs
     * to several keys the first key in file order wins.
     */
    public TextDictionary inverted(String newName) {
        Map<String, List<String>> rev = new LinkedHashMap<>();
        entries.forEach((k, values) -> {
            for (String v : values) {
                rev.putIfAbsent(v, List.of(k));
            }
        });
        return new TextDictionary(newName, rev);
    }

    /** Keys rewritten by {@code rekey(key, values)}; the first entry to claim a rewritten key keeps it. */
    public TextDictionary rekeyed(String newName, BiFunction<String, List<String>, String> rekey) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        entries.forEach((k, v) -> out.putIfAbsent(rekey.apply(k, v), v));
        return new TextDictionary(newName, out);
    }

    /** This dictionary with {@code top}'s entries taking precedence (override and add). */
    public TextDictionary overlaidBy(TextDictionary top) {
        Map<String, List<String>> out = new LinkedHashMap<>(top.entries);
        entries.forEach(out::putIfAbsent);
        return new TextDictionary(name + " + " + top.name, out);
    }

    @Override
    public String toString() {
        return "TextDictionary[" + name + ", " + entries.size() + " entries]";
    }
}
