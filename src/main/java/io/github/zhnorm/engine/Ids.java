package io.github.zhnorm.engine;

/** Ideographic description sequences (⿰虫鬼): how far one unit reaches, never splitting a surrogate pair. */
final class Ids {
    private static final int MAX_DEPTH = 16;

    private Ids() {
    }

    /** True for a char that is a whole unit by itself for certain: no description character, no surrogate. */
    static boolean isSingleUnit(char c) {
        return c < 0x2FF0 || (c > 0x2FFF && c != 0x31EF && (c < 0xD800 || c > 0xDBFF));
    }

    static boolean isDescriptionCharacter(int c) {
        return (c >= 0x2FF0 && c <= 0x2FFF) || c == 0x31EF;
    }

    /** Operands an ideographic description character takes. */
    static int arity(int c) {
        if (c == 0x2FF2 || c == 0x2FF3) {
            return 3;
        }
        if (c == 0x2FFE || c == 0x2FFF) {
            return 1;
        }
        return 2;
    }

    /** End of the unit starting at {@code i}: a whole description sequence, or one code point. */
    static int unitEnd(char[] text, int i, int to) {
        return unitEnd(text, i, to, 0);
    }

    private static int unitEnd(char[] text, int i, int to, int depth) {
        char c = text[i];
        if (isDescriptionCharacter(c) && depth < MAX_DEPTH) {
            int j = i + 1;
            for (int k = arity(c); k > 0 && j < to; k--) {
                j = unitEnd(text, j, to, depth + 1);
            }
            return j;
        }
        return codePointEnd(text, i, to);
    }

    static int codePointEnd(char[] text, int i, int to) {
        return Character.isHighSurrogate(text[i]) && i + 1 < to && Character.isLowSurrogate(text[i + 1])
                ? i + 2 : i + 1;
    }
}
