package io.github.zhnorm.terms;

import io.github.zhnorm.config.BundledDictionaries;
import io.github.zhnorm.dict.CompatibilityIdeographs;
import io.github.zhnorm.dict.TextDictionary;
import io.github.zhnorm.engine.ChainSpec;
import io.github.zhnorm.engine.Conversion;
import io.github.zhnorm.engine.ConversionPipeline;
import io.github.zhnorm.engine.DictSpec;
import io.github.zhnorm.engine.ScriptGatedConversion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Builds the conversions behind the regional targets ({@code --to cn|tw|hk|hans|hant}) from OpenCC's script
 * dictionaries and the project's term maps. Stage order is the product:
 *
 * <ul>
 * <li><b>cn</b>: segmentation on term keys ∪ TSPhrases; stage 1 regional terms (Taiwan and Hong Kong keys, in
 *     every Traditional spelling) with guards and artifact fixes, longest match; stage 2 t2s, which leaves the
 *     mainland terms stage 1 produced alone.</li>
 * <li><b>tw</b> / <b>hk</b>: segmentation on STPhrases ∪ mainland term keys; stage 1 mainland terms (Simplified
 *     keys) before s2t; stage 2 the region's character variants, which leave the regional terms alone.</li>
 * <li><b>hans</b> / <b>hant</b>: script only.</li>
 * </ul>
 * Every target is script-gated ({@link ScriptGatedConversion}): sentences already in the target script only get
 * the vocabulary and artifact stage, never a second script conversion.
 */
public final class TargetChains {
    private final BundledDictionaries dicts;
    private final TermMaps terms;
    private final ScriptSets scripts;
    private final ConversionPipeline tw2t;
    private final ConversionPipeline hk2t;
    private final ConversionPipeline t2s;
    private final ConversionPipeline s2t;

    public TargetChains(BundledDictionaries dicts, TermMaps terms) {
        this.dicts = dicts;
        this.terms = terms;
        this.scripts = ScriptSets.from(dicts);
        this.tw2t = single("tw2t", twToStandard());
        this.hk2t = single("hk2t", hkToStandard());
        this.t2s = single("t2s", t2sStage());
        this.s2t = single("s2t", s2tStage());
    }

    // ---- OpenCC stages --------------------------------------------------------------------------------------

    private DictSpec leaf(String name) {
        return new DictSpec.Leaf(dicts.resolve(name));
    }

    private DictSpec t2sStage() {
        return DictSpec.shortCircuit(leaf("TSPhrases"), leaf("TSCharacters"));
    }

    private DictSpec stPhrases() {
        return DictSpec.union(leaf("STPhrases"), leaf("STPhrases_GeneratedFromRegionalPhrases"));
    }

    private DictSpec s2tStage() {
        return DictSpec.shortCircuit(stPhrases(), leaf("STCharacters"));
    }

    private DictSpec twToStandard() {
        return DictSpec.shortCircuit(leaf("TWVariantsRevPhrases"), leaf("TWVariantsRev"));
    }

    private DictSpec hkToStandard() {
        return DictSpec.shortCircuit(leaf("HKVariantsRevPhrases"), leaf("HKVariantsRev"));
    }

    private DictSpec standardTo(Region region) {
        return region == Region.TW
                ? DictSpec.shortCircuit(leaf("TWVariantsPhrases"), leaf("TWVariants"))
                : DictSpec.shortCircuit(leaf("HKVariantsPhrases"), leaf("HKVariants"));
    }

    private static ConversionPipeline single(String name, DictSpec stage) {
        return ConversionPipeline.compile(new ChainSpec(name, List.of(), null, List.of(stage)));
    }

    private static List<DictSpec> normalization() {
        return List.of(new DictSpec.Leaf(CompatibilityIdeographs.dictionary()));
    }

    // ---- spellings of a Traditional key ---------------------------------------------------------------------

    /** The key as written plus its OpenCC-standard, Taiwan and Hong Kong character forms. */
    private List<String> traditionalSpellings(String key) {
        String standard = hk2t.convert(tw2t.convert(key));
        return List.of(key, standard, tw2t.convert(key), hk2t.convert(key));
    }

    /** Every spelling of {@code key}: its Traditional forms, and with {@code simplified} its Simplified form. */
    List<String> allSpellings(String key, boolean simplified) {
        List<String> out = new ArrayList<>(traditionalSpellings(key));
        if (simplified) {
            out.add(t2s.convert(key));
        }
        return out;
    }

    /** {@code text} in OpenCC Traditional (s2t). */
    String traditional(String text) {
        return s2t.convert(text);
    }

    private static void putAll(Map<String, List<String>> map, Collection<String> keys, String value) {
        for (String k : keys) {
            map.putIfAbsent(k, List.of(value));
        }
    }

    private static TextDictionary dict(String name, Map<String, List<String>> entries) {
        return TextDictionary.of(name, entries);
    }

    // ---- targets --------------------------------------------------------------------------------------------

    /** Mainland Simplified with mainland vocabulary. */
    public Conversion toMainland(Set<Domain> domains, boolean charactersOnly) {
        return toMainland(domains, charactersOnly, Set.of(Region.values()));
    }

    /**
     * Mainland Simplified with mainland vocabulary, using only the term maps (and guards) of {@code sources}: for
     * a text known to come from Taiwan, Hong Kong words that are ordinary Taiwan words are not touched.
     */
    public Conversion toMainland(Set<Domain> domains, boolean charactersOnly, Set<Region> sources) {
        List<DictSpec> vocabulary = new ArrayList<>();
        Map<String, List<String>> mainlandWords = new LinkedHashMap<>();
        if (!charactersOnly) {
            for (Region region : Region.values()) {
                if (!sources.contains(region)) {
                    continue;
                }
                Map<String, List<String>> guardMap = new LinkedHashMap<>();
                for (String g : terms.guards(region, domains)) {
                    for (String spelling : traditionalSpellings(g)) {
                        guardMap.putIfAbsent(spelling, List.of(spelling));
                    }
                }
                vocabulary.add(new DictSpec.Leaf(dict("terms/" + region.folder() + " guards", guardMap)));
            }
        }
        vocabulary.add(mainlandArtifacts(terms.artifacts("cn")));
        vocabulary.add(mainlandArtifacts(terms.foreignArtifacts("cn")));
        if (!charactersOnly) {
            for (Region region : Region.values()) {
                if (!sources.contains(region)) {
                    continue;
                }
                for (Domain domain : Domain.values()) {
                    if (!domains.contains(domain)) {
                        continue;
                    }
                    Map<String, List<String>> termMap = new LinkedHashMap<>();
                    for (TermEntry e : terms.entries(region, Set.of(domain))) {
                        putAll(termMap, traditionalSpellings(e.regional()), e.mainland());
                        mainlandWords.putIfAbsent(e.mainland(), List.of(e.mainland()));
                    }
                    addContinuations(termMap, t2s::convert, end -> traditionalSpellings(end.substring(1)));
                    if (!termMap.isEmpty()) {
                        vocabulary.add(new DictSpec.Leaf(dict("terms/" + region.folder() + "/" + domain.id()
                                + ".txt (" + region.folder() + ", " + domain.id() + ")", termMap)));
                    }
                }
            }
        }
        DictSpec stage1 = new DictSpec.Group(io.github.zhnorm.engine.MatchPolicy.UNION, vocabulary);
        DictSpec keepMainland = new DictSpec.Leaf(dict("mainland terms (kept)", mainlandWords));
        ChainSpec full = new ChainSpec("cn", normalization(), DictSpec.union(stage1, leaf("TSPhrases")),
                List.of(stage1, DictSpec.shortCircuit(keepMainland, leaf("TSPhrases"), leaf("TSCharacters"))));
        ChainSpec simplifiedText = new ChainSpec("cn (already Simplified)", normalization(), null,
                List.of(mainlandArtifacts(terms.artifacts("cn"))));
        return new ScriptGatedConversion("cn", ConversionPipeline.compile(full),
                ConversionPipeline.compile(simplifiedText), scripts.traditionalOnly(), scripts.simplifiedOnly());
    }

    /** Artifact fixes keyed as written, in every Traditional spelling and in Simplified spelling. */
    private DictSpec mainlandArtifacts(TextDictionary artifacts) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        artifacts.entries().forEach((k, v) -> {
            putAll(map, traditionalSpellings(k), v.get(0));
            map.putIfAbsent(t2s.convert(k), List.of(v.get(0)));
        });
        return new DictSpec.Leaf(dict(artifacts.name(), map));
    }

    /**
     * Taiwan or Hong Kong Traditional with that region's vocabulary. Mainland terms are replaced where they are
     * written in Simplified or in mixed text; in text already written in Traditional only the artifact list
     * applies, because many mainland words are also that region's own words (增值稅, 標籤頁).
     */
    public Conversion toRegion(Region region, Set<Domain> domains, boolean charactersOnly) {
        String target = region.name().toLowerCase(java.util.Locale.ROOT);
        Map<String, List<String>> fromSimplified = new LinkedHashMap<>(); // mainland (Simplified) → regional
        List<DictSpec> simplifiedLeaves = new ArrayList<>(); // the same, one leaf per file (for explanations)
        Map<String, List<String>> fromMainlandTraditional = new LinkedHashMap<>(); // mainland in Traditional
        Map<String, List<String>> fromOtherRegion = new LinkedHashMap<>(); // e.g. Hong Kong term → Taiwan term
        Map<String, List<String>> regionalWords = new LinkedHashMap<>();
        if (!charactersOnly) {
            // One leaf per file, in priority order: guards, the toward-region files, then the region's files
            // reversed. A key the union finds in several leaves takes the earliest (as the first entry would).
            Map<String, List<String>> guardMap = new LinkedHashMap<>();
            for (String g : terms.towardGuards(region, domains)) {
                guardMap.putIfAbsent(g, List.of(s2t.convert(g)));
            }
            List<Map<String, List<String>>> leafMaps = new ArrayList<>();
            List<String> leafNames = new ArrayList<>();
            leafMaps.add(guardMap);
            leafNames.add("terms/" + region.towardFolder() + " guards");
            // the toward-region files first, then the region's own files reversed (one-way entries left out)
            for (boolean reversed : new boolean[] {false, true}) {
                String folder = reversed ? region.folder() : region.towardFolder();
                for (Domain domain : Domain.values()) {
                    if (!domains.contains(domain)) {
                        continue;
                    }
                    Map<String, List<String>> m = new LinkedHashMap<>();
                    for (TermEntry e : reversed ? terms.entries(region, Set.of(domain))
                            : terms.towardRegion(region, Set.of(domain))) {
                        if (e.oneway()) {
                            continue;
                        }
                        m.putIfAbsent(e.mainland(), List.of(e.regional()));
                        putAll(fromMainlandTraditional, traditionalSpellings(s2t.convert(e.mainland())),
                                e.regional());
                        regionalWords.putIfAbsent(e.regional(), List.of(e.regional()));
                    }
                    leafMaps.add(m);
                    leafNames.add("terms/" + folder + "/" + domain.id() + ".txt (" + folder
                            + (reversed ? " reversed, " : ", ") + domain.id() + ")");
                }
            }
            // continuations (see addContinuations) of each key, in the leaf that decides the key; a continuation
            // is K plus one char, so two deciding keys never make the same one, and no existing key is replaced
            leafMaps.forEach(m -> m.forEach(fromSimplified::putIfAbsent));
            Set<String> placed = new java.util.HashSet<>(fromSimplified.keySet());
            for (Map<String, List<String>> m : leafMaps) {
                Map<String, List<String>> own = new LinkedHashMap<>();
                m.forEach((k, v) -> {
                    if (fromSimplified.get(k) == v) {
                        own.put(k, v);
                    }
                });
                addContinuations(own, s2t::convert, this::mainlandContinuations);
                own.forEach((k, v) -> {
                    if (placed.add(k)) {
                        m.put(k, v);
                    }
                });
            }
            leafMaps.forEach(m -> m.forEach(fromSimplified::putIfAbsent));
            for (String g : terms.guards(region, domains)) {
                String simplified = t2s.convert(g);
                if (fromSimplified.putIfAbsent(simplified, List.of(s2t.convert(simplified))) == null) {
                    guardMap.put(simplified, List.of(s2t.convert(simplified)));
                }
                for (String spelling : traditionalSpellings(g)) {
                    fromMainlandTraditional.putIfAbsent(spelling, List.of(spelling));
                    fromOtherRegion.putIfAbsent(spelling, List.of(spelling));
                }
            }
            for (int i = 0; i < leafMaps.size(); i++) {
                if (!leafMaps.get(i).isEmpty()) {
                    simplifiedLeaves.add(new DictSpec.Leaf(dict(leafNames.get(i), leafMaps.get(i))));
                }
            }
            // the other region's terms, through the mainland term (unless this region uses that word too)
            Region other = region == Region.TW ? Region.HK : Region.TW;
            Set<String> ownWords = new java.util.HashSet<>();
            terms.entries(region, domains).forEach(e -> ownWords.add(e.regional()));
            for (TermEntry e : terms.entries(other, domains)) {
                List<String> mine = fromSimplified.get(e.mainland());
                if (mine != null && !ownWords.contains(e.regional())) {
                    putAll(fromOtherRegion, traditionalSpellings(e.regional()), mine.get(0));
                }
            }
        }
        DictSpec artifactLeaf = new DictSpec.Leaf(terms.artifacts(target));
        DictSpec foreignArtifactLeaf = new DictSpec.Leaf(terms.foreignArtifacts(target));
        DictSpec simplifiedTerms = new DictSpec.Group(io.github.zhnorm.engine.MatchPolicy.UNION,
                simplifiedLeaves.isEmpty() ? List.of(new DictSpec.Leaf(dict("terms (none)", Map.of())))
                        : simplifiedLeaves);
        DictSpec mainlandTraditional = new DictSpec.Leaf(dict("terms (mainland in Traditional → " + target + ")",
                fromMainlandTraditional));
        DictSpec otherRegion = new DictSpec.Leaf(dict("terms (" + (region == Region.TW ? "hk" : "tw") + " → "
                + target + ")", fromOtherRegion));
        DictSpec keepRegional = new DictSpec.Leaf(dict(target + " terms (kept)", regionalWords));
        // after s2t: the region's terms stay, then artifact fixes on the Traditional text (賬 → 帳), then variants
        DictSpec variants = DictSpec.shortCircuit(keepRegional, artifactLeaf, standardTo(region));
        DictSpec vocabulary = DictSpec.union(artifactLeaf, foreignArtifactLeaf, simplifiedTerms, mainlandTraditional,
                otherRegion);
        // Terms first: an OpenCC phrase that starts one char before a term and runs into it (在出 in 落在出租车上)
        // does not hide the term.
        ChainSpec full = new ChainSpec(target, normalization(), DictSpec.union(vocabulary, stPhrases()),
                List.of(DictSpec.shortCircuit(vocabulary, stPhrases(), leaf("STCharacters")), variants))
                .withPrioritySegmentation(vocabulary);
        // Text already in Traditional: the artifact list only. The full variant table would also rewrite forms
        // the region itself uses side by side (Taiwan writes both 污 and 汙), and the other region's words are
        // too often this region's ordinary words (Hong Kong 首期 "down payment", Taiwan 首期 "first period").
        DictSpec traditionalVocabulary = artifactLeaf;
        ChainSpec traditionalText = new ChainSpec(target + " (already Traditional)", normalization(),
                traditionalVocabulary, List.of(traditionalVocabulary));
        return new ScriptGatedConversion(target, ConversionPipeline.compile(full),
                ConversionPipeline.compile(traditionalText), scripts.simplifiedOnly(), scripts.traditionalOnly());
    }

    /**
     * Text often goes on after a term with the character the term's replacement already ends with: mainland
     * 以太网 + 路 or 络, 虚拟机 + 器 (Taiwan 乙太網路, 虛擬機器); Hong Kong 死亡證 + 明 (mainland 死亡证明). The
     * term then takes that character in, instead of leaving it to double (乙太網路路, 死亡证明明书). Keys already
     * present win. {@code toValueScript} writes a key character in the values' script; {@code nextInKeys} gives,
     * for the value's last two characters, the spellings of the continuing character in the keys' script.
     */
    private static void addContinuations(Map<String, List<String>> map, UnaryOperator<String> toValueScript,
                                         Function<String, Collection<String>> nextInKeys) {
        Map<String, List<String>> more = new LinkedHashMap<>();
        map.forEach((key, values) -> {
            String value = values.get(0);
            if (key.length() < 2 || value.length() < 2 || Character.isSurrogate(key.charAt(key.length() - 1))) {
                return;
            }
            String last = toValueScript.apply(key.substring(key.length() - 1));
            String end = value.substring(value.length() - 2);
            if (last.length() != 1 || !end.startsWith(last) || value.equals(toValueScript.apply(key))) {
                return; // a guard, or a value that does not end with the key's last character and one more
            }
            for (String next : nextInKeys.apply(end)) {
                more.putIfAbsent(key + next, values);
            }
        });
        more.forEach(map::putIfAbsent);
    }

    private List<String> mainlandContinuations(String regionalEnd) {
        String plain = t2s.convert(regionalEnd.substring(1));
        String other = MAINLAND_SECOND_CHARACTER.get(regionalEnd);
        return other == null ? List.of(plain) : List.of(plain, other);
    }

    /** Regional two-character words whose mainland equivalent differs only in the second character. */
    private static final Map<String, String> MAINLAND_SECOND_CHARACTER = Map.of("網路", "络");

    /** Simplified characters only (no vocabulary change). */
    public Conversion toSimplifiedScript() {
        ChainSpec full = new ChainSpec("hans", normalization(), leaf("TSPhrases"), List.of(t2sStage()));
        ChainSpec identity = new ChainSpec("hans (already Simplified)", normalization(), null,
                List.of(new DictSpec.Leaf(TextDictionary.of("none", Map.of()))));
        return new ScriptGatedConversion("hans", ConversionPipeline.compile(full), ConversionPipeline.compile(identity),
                scripts.traditionalOnly(), scripts.simplifiedOnly());
    }

    /** OpenCC-standard Traditional characters only (no vocabulary change). */
    public Conversion toTraditionalScript() {
        ChainSpec full = new ChainSpec("hant", normalization(), stPhrases(),
                List.of(s2tStage(), twToStandard(), hkToStandard()));
        ChainSpec variantsOnly = new ChainSpec("hant (already Traditional)", normalization(), null,
                List.of(twToStandard(), hkToStandard()));
        return new ScriptGatedConversion("hant", ConversionPipeline.compile(full),
                ConversionPipeline.compile(variantsOnly), scripts.simplifiedOnly(), scripts.traditionalOnly());
    }

    /** Which characters belong to one script only. */
    public ScriptSets scripts() {
        return scripts;
    }
}
