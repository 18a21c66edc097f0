package io.github.zhnorm.config;

import io.github.zhnorm.dict.CompatibilityIdeographs;
import io.github.zhnorm.dict.DictionaryFormatException;
import io.github.zhnorm.dict.DictionaryParser;
import io.github.zhnorm.dict.LineFormat;
import io.github.zhnorm.dict.TextDictionary;
import io.github.zhnorm.engine.ChainSpec;
import io.github.zhnorm.engine.ConversionPipeline;
import io.github.zhnorm.engine.DictSpec;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dictionaries behind the built-in configurations: OpenCC's data as opencc4j bundles it
 * ({@code data/dictionary/*.txt}), with its quirks handled, and the project's own files
 * ({@code dictionaries/opencc/NAME.txt}, packaged as {@code zhnorm/dictionaries/opencc/}) layered on top.
 *
 * <p>opencc4j keys {@code TWPhrases} and {@code TWVariants} by Simplified text; they are re-keyed here to
 * OpenCC-standard Traditional, as OpenCC's chains expect. The reverse files OpenCC's build generates
 * (TWPhrasesRev, TWVariantsRev, HKVariantsRev, JPShinjitaiCharactersRev) are derived by inverting the forward
 * files after the project's additions are applied. JPShinjitaiCharacters is completed from opencc4j's JPVariants
 * (its inverse). Files neither source has are empty. Loaded lazily, once each.
 */
public final class BundledDictionaries implements DictionaryResolver {
    static final String BUNDLED_DIR = "data/dictionary/";
    static final String PROJECT_DIR = "zhnorm/dictionaries/opencc/";

    private final ClassLoader loader;
    private final Map<String, TextDictionary> cache = new HashMap<>();
    private ConversionPipeline simplifiedToTraditional;

    BundledDictionaries(ClassLoader loader) {
        this.loader = loader;
    }

    private static final class Holder {
        static final BundledDictionaries INSTANCE = new BundledDictionaries(BundledDictionaries.class.getClassLoader());
    }

    /** The shared instance (its cache only ever fills with immutable dictionaries). */
    public static BundledDictionaries shared() {
        return Holder.INSTANCE;
    }

    @Override
    public synchronized TextDictionary resolve(String file) {
        String name = file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
        TextDictionary d = cache.get(name);
        if (d == null) {
            d = withProjectEntries(name, base(name));
            cache.put(name, d);
        }
        return d;
    }

    private TextDictionary base(String name) {
        switch (name) {
            case "CJK_Compatibility_Ideographs":
                return CompatibilityIdeographs.dictionary();
            case "TWVariants":
                return bundledOrEmpty(name).rekeyed(name, (key, values) -> variantSource(key, values.get(0)));
            case "TWPhrases":
                return bundledOrEmpty(name).rekeyed(name, (key, values) -> toTraditional(key));
            case "JPShinjitaiCharacters":
                // opencc4j ships only 7 entries here, but its JPVariants (Kyujitai → Shinjitai) holds the pairs
                return bundledOrEmpty("JPVariants").inverted(name).overlaidBy(bundledOrEmpty(name));
            case "TWVariantsRev":
            case "TWPhrasesRev":
            case "HKVariantsRev":
            case "JPShinjitaiCharactersRev":
                String forward = name.substring(0, name.length() - 3);
                return resolve(forward).inverted(name);
            default:
                return bundledOrEmpty(name);
        }
    }

    private TextDictionary withProjectEntries(String name, TextDictionary base) {
        TextDictionary own = read(PROJECT_DIR + name + ".txt", LineFormat.STRICT);
        return own == null ? base : base.overlaidBy(own);
    }

    private TextDictionary bundledOrEmpty(String name) {
        TextDictionary d = read(BUNDLED_DIR + name + ".txt", LineFormat.BUNDLED);
        if (d != null) {
            return d;
        }
        if (OPENCC4J_SHIPS.contains(name)) {
            // without opencc4j's data every conversion would silently do almost nothing
            throw new IllegalStateException("opencc4j's dictionaries are not on the class path (missing "
                    + BUNDLED_DIR + name + ".txt)");
        }
        return TextDictionary.of(name + " (empty)", Map.of());
    }

    /** The files opencc4j bundles (the others come from dictionaries/opencc/ or are derived here). */
    private static final java.util.Set<String> OPENCC4J_SHIPS = java.util.Set.of("HKVariants", "HKVariantsRevPhrases",
            "JPShinjitaiCharacters", "JPShinjitaiPhrases", "JPVariants", "STCharacters", "STPhrases",
            "TSCharacters", "TSPhrases", "TWPhrases", "TWVariants");

    private TextDictionary read(String resource, LineFormat format) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            String source = resource.startsWith(BUNDLED_DIR) ? "opencc4j:" + resource.substring(BUNDLED_DIR.length())
                    : "dictionaries/opencc/" + resource.substring(PROJECT_DIR.length());
            return DictionaryParser.parse(in, source, format);
        } catch (IOException e) {
            throw new DictionaryFormatException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Simplified → OpenCC Traditional with OpenCC's own s2t phrase and character dictionaries. */
    private String toTraditional(String simplified) {
        if (simplifiedToTraditional == null) {
            DictSpec phrases = DictSpec.union(leaf("STPhrases"), leaf("STPhrases_GeneratedFromRegionalPhrases"));
            simplifiedToTraditional = ConversionPipeline.compile(new ChainSpec("s2t (re-keying)", List.of(), null,
                    List.of(DictSpec.shortCircuit(phrases, leaf("STCharacters")))));
        }
        return simplifiedToTraditional.convert(simplified);
    }

    /**
     * The OpenCC-standard character of which {@code variant} is the Taiwan form, given the Simplified character
     * opencc4j keys it by: among the Traditional forms of {@code simplified} other than the variant itself, one
     * that differs from the Simplified character (面 → 面 麪, Taiwan 麵: the variant stands for 麪), else the first
     * one, else the Simplified character (着 → 著).
     */
    private String variantSource(String simplified, String variant) {
        List<String> traditional = resolve("STCharacters").entries().getOrDefault(simplified, List.of());
        String fallback = null;
        for (String t : traditional) {
            if (t.equals(variant)) {
                continue;
            }
            if (!t.equals(simplified)) {
                return t;
            }
            fallback = t;
        }
        return fallback != null ? fallback : simplified;
    }

    private DictSpec leaf(String name) {
        return new DictSpec.Leaf(resolve(name));
    }
}
