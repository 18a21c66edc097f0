package io.github.zhnorm.files;

/**
 * How much a decoded text looks like Chinese text rather than mojibake. Each character outside ASCII counts: a
 * common Chinese character or punctuation mark +1, another frequent one +0.5 ({@link CommonHanzi}), any other
 * ideograph of the basic block 0, a rare ideograph (extension blocks, compatibility ideographs) -1, and junk -3:
 * private-use, unassigned and noncharacter code points, control characters, lone surrogates and U+FFFD (which is
 * what an undecodable byte becomes). The {@link #value()} is that sum per character outside ASCII (ASCII control
 * characters count as junk too), from -3 to 1. Other characters outside ASCII (Latin letters, kana, symbols) count
 * 0.
 */
record TextScore(int codePoints, int scored, int common, int frequent, int rare, int junk, int controls) {
    private static final double FREQUENT_WEIGHT = 0.5;
    private static final int JUNK_WEIGHT = 3;

    static TextScore of(CharSequence text) {
        int codePoints = 0;
        int scored = 0;
        int common = 0;
        int frequent = 0;
        int rare = 0;
        int junk = 0;
        int controls = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            codePoints++;
            if (cp < 0x80) {
                if (isControl(cp)) {
                    scored++;
                    junk++;
                    controls++;
                }
                continue;
            }
            scored++;
            if (cp == 0xFFFD || (cp < 0xA0)) {
                controls++;
            }
            if (CommonHanzi.isCommon(cp)) {
                common++;
            } else if (CommonHanzi.isFrequent(cp)) {
                frequent++;
            } else if (isJunk(cp)) {
                junk++;
            } else if (isRareIdeograph(cp)) {
                rare++;
            }
        }
        return new TextScore(codePoints, scored, common, frequent, rare, junk, controls);
    }

    /** From -3 (all junk) to 1 (all common characters); 0 when there is nothing but plain ASCII. */
    double value() {
        return scored == 0 ? 0 : (common + FREQUENT_WEIGHT * frequent - rare - JUNK_WEIGHT * (double) junk) / scored;
    }

    /** The share of junk among all characters, ASCII included. */
    double junkShare() {
        return codePoints == 0 ? 0 : junk / (double) codePoints;
    }

    /**
     * The share of control characters and U+FFFD among all characters: the junk that no text has, whereas
     * private-use and unassigned (to this Java) code points can be text in a valid Unicode encoding.
     */
    double controlShare() {
        return codePoints == 0 ? 0 : controls / (double) codePoints;
    }

    /** The share of common characters among those outside ASCII, as a whole percentage. */
    int commonPercent() {
        return scored == 0 ? 0 : (int) Math.round(100.0 * common / scored);
    }

    private static boolean isControl(int cp) {
        return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f' && cp != 0x0B && cp != 0x1B)
                || cp == 0x7F;
    }

    private static boolean isJunk(int cp) {
        if (cp == 0xFFFD || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.CONTROL:
            case Character.SURROGATE:
                return true;
            default:
                return false;
        }
    }

    private static boolean isRareIdeograph(int cp) {
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return false;
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && Character.isIdeographic(cp);
    }
}
