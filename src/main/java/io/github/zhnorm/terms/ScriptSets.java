package io.github.zhnorm.terms;

import io.github.zhnorm.config.BundledDictionaries;
import io.github.zhnorm.dict.TextDictionary;

import java.util.List;

/**
 * Characters written in only one script, derived from OpenCC's character dictionaries: a Traditional-only
 * character is one t2s changes and that no Simplified form uses (頭, 體); a Simplified-only character is one s2t
 * changes and that no Traditional form (OpenCC, Taiwan or Hong Kong standard) uses (头, 体). Characters valid in
 * both (台, 干, 著, 瞭, 秘) are in neither set.
 */
public final class ScriptSets {
    private final boolean[] traditionalOnly;
    private final boolean[] simplifiedOnly;

    private ScriptSets(boolean[] traditionalOnly, boolean[] simplifiedOnly) {
        this.traditionalOnly = traditionalOnly;
        this.simplifiedOnly = simplifiedOnly;
    }

    static ScriptSets from(BundledDictionaries dicts) {
        TextDictionary st = dicts.resolve("STCharacters");
        TextDictionary ts = dicts.resolve("TSCharacters");
        boolean[] simplifiedForm = new boolean[65536];
        boolean[] traditionalForm = new boolean[65536];
        st.entries().forEach((k, v) -> {
            mark(simplifiedForm, k);
            v.forEach(t -> mark(traditionalForm, t));
        });
        ts.entries().forEach((k, v) -> {
            mark(traditionalForm, k);
            v.forEach(s -> mark(simplifiedForm, s));
        });
        // Taiwan and Hong Kong standard forms are Traditional too (秘, 着 …)
        for (String regional : List.of("TWVariants", "HKVariants", "TWVariantsRev", "HKVariantsRev")) {
            dicts.resolve(regional).entries().forEach((k, v) -> {
                mark(traditionalForm, k);
                v.forEach(t -> mark(traditionalForm, t));
            });
        }
        boolean[] tradOnly = new boolean[65536];
        boolean[] simpOnly = new boolean[65536];
        ts.entries().forEach((k, v) -> {
            if (k.length() == 1 && !v.get(0).equals(k) && !simplifiedForm[k.charAt(0)]) {
                tradOnly[k.charAt(0)] = true;
            }
        });
        st.entries().forEach((k, v) -> {
            if (k.length() == 1 && !v.get(0).equals(k) && !traditionalForm[k.charAt(0)]) {
                simpOnly[k.charAt(0)] = true;
            }
        });
        return new ScriptSets(tradOnly, simpOnly);
    }

    private static void mark(boolean[] set, String s) {
        if (s.length() == 1) {
            set[s.charAt(0)] = true;
        }
    }

    boolean[] traditionalOnly() {
        return traditionalOnly;
    }

    boolean[] simplifiedOnly() {
        return simplifiedOnly;
    }

    public boolean isTraditionalOnly(char c) {
        return traditionalOnly[c];
    }

    public boolean isSimplifiedOnly(char c) {
        return simplifiedOnly[c];
    }

    /** For reports. */
    public int[] sizes() {
        int t = 0;
        int s = 0;
        for (int c = 0; c < 65536; c++) {
            t += traditionalOnly[c] ? 1 : 0;
            s += simplifiedOnly[c] ? 1 : 0;
        }
        return new int[] {t, s};
    }
}
