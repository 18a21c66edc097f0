package io.github.zhnorm.terms;

import io.github.zhnorm.dict.TextDictionary;
import io.github.zhnorm.engine.DictSpec;
import io.github.zhnorm.engine.MatchTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts script and regional evidence in a text, from the script sets and the term maps. Immutable. */
public final class Detector {
    private static final String TW_FORMS = "裡著臺啟為峰群綠";
    private static final String HK_FORMS = "裏綫衞啓峯羣嘅咗喺哋冇嘢佢睇唔咁嗰噉啲嚟攞搵畀咩啱㗎嘞囉吖";
    private static final String TW = "tw";
    private static final String HK = "hk";
    private static final String CN = "cn";

    private final ScriptSets scripts;
    private final MatchTable vocabulary;
    private final boolean[] twForm = new boolean[65536];
    private final boolean[] hkForm = new boolean[65536];

    public Detector(ScriptSets scripts, TermMaps terms, TargetChains spellings) {
        this.scripts = scripts;
        Map<String, List<String>> tags = new LinkedHashMap<>();
        for (Region region : Region.values()) {
            String tag = region == Region.TW ? TW : HK;
            for (TermEntry e : terms.entries(region, List.of(Domain.values()))) {
                for (String k : spellings.allSpellings(e.regional(), !e.tradOnly())) {
                    tags.putIfAbsent(k, List.of(tag));
                }
            }
        }
        for (Region region : Region.values()) {
            for (TermEntry e : terms.entries(region, List.of(Domain.values()))) {
                if (!e.oneway()) {
                    for (String k : spellings.allSpellings(spellings.traditional(e.mainland()), true)) {
                        tags.putIfAbsent(k, List.of(CN));
                    }
                }
            }
        }
        this.vocabulary = MatchTable.compile(new DictSpec.Leaf(TextDictionary.of("detection vocabulary", tags)));
        TW_FORMS.chars().forEach(c -> twForm[c] = true);
        HK_FORMS.chars().forEach(c -> hkForm[c] = true);
    }

    public Evidence count(CharSequence text) {
        char[] chars = text.toString().toCharArray();
        int han = 0;
        int simp = 0;
        int trad = 0;
        int twForms = 0;
        int hkForms = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                if (Character.isIdeographic(Character.toCodePoint(c, chars[i + 1]))) {
                    han++;
                }
                i++;
                continue;
            }
            if (Character.isIdeographic(c)) {
                han++;
            }
            simp += scripts.isSimplifiedOnly(c) ? 1 : 0;
            trad += scripts.isTraditionalOnly(c) ? 1 : 0;
            twForms += twForm[c] ? 1 : 0;
            hkForms += hkForm[c] ? 1 : 0;
        }
        int twTerms = 0;
        int hkTerms = 0;
        int cnTerms = 0;
        for (int i = 0; i < chars.length; ) {
            long m = vocabulary.startsKey(chars[i]) ? vocabulary.match(chars, i, chars.length) : 0;
            if (m == 0) {
                i++;
                continue;
            }
            switch (vocabulary.value((int) (m >>> 32))) {
                case TW -> twTerms++;
                case HK -> hkTerms++;
                default -> cnTerms++;
            }
            i += (int) m;
        }
        // In Traditional text, 著 and 裡 are Taiwan usage only when the text is not simply Simplified
        if (trad == 0) {
            twForms = 0;
        }
        return new Evidence(han, simp, trad, twTerms, hkTerms, cnTerms, twForms, hkForms);
    }
}
