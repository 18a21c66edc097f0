package io.github.zhnorm.terms;

/**
 * Counts behind a detection.
 *
 * @param hanCharacters   CJK ideographs in the text
 * @param simplifiedOnly  characters only Simplified text uses (头, 体)
 * @param traditionalOnly characters only Traditional text uses (頭, 體)
 * @param taiwanTerms     Taiwan vocabulary found (軟體, 滑鼠), in any script
 * @param hongKongTerms   Hong Kong vocabulary found (的士, 雪櫃)
 * @param mainlandTerms   mainland vocabulary found (软件, 出租车), in any script
 * @param taiwanForms     Taiwan-standard character forms (裡, 著 in Traditional text)
 * @param hongKongForms   Hong Kong forms and Cantonese characters (裏, 綫, 嘅, 咗)
 */
public record Evidence(int hanCharacters, int simplifiedOnly, int traditionalOnly, int taiwanTerms,
                       int hongKongTerms, int mainlandTerms, int taiwanForms, int hongKongForms) {
}
