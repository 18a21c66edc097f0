package io.github.zhnorm.dict;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The normalization dictionary OpenCC 1.4 applies first: CJK compatibility ideographs (U+F900–U+FAFF,
 * U+2F800–U+2FA1F) mapped to their unified forms. Derived from Unicode's canonical decompositions, which for
 * these characters are exactly the unified ideographs.
 */
public final class CompatibilityIdeographs {
    private CompatibilityIdeographs() {
    }

    public static TextDictionary dictionary() {
        Map<String, String> map = new LinkedHashMap<>();
        addRange(map, 0xF900, 0xFAFF);
        addRange(map, 0x2F800, 0x2FA1F);
        return TextDictionary.ofSingle("CJK_Compatibility_Ideographs (Unicode)", map);
    }

    private static void addRange(Map<String, String> map, int from, int to) {
        for (int cp = from; cp <= to; cp++) {
            if (!Character.isDefined(cp)) {
                continue;
            }
            String s = Character.toString(cp);
            String unified = Normalizer.normalize(s, Normalizer.Form.NFD);
            if (!unified.equals(s) && unified.codePointCount(0, unified.length()) == 1) {
                map.put(s, unified);
            }
        }
    }
}
