package io.github.zhnorm.engine;

/**
 * Converts text sentence by sentence with one of two pipelines, chosen by the sentence's script: a sentence with
 * a character only the foreign script uses (for a mainland target: a Traditional-only character) goes through the
 * full pipeline; a sentence with native-only characters and no foreign ones goes through the native pipeline
 * (which leaves correct text alone); a sentence with neither follows the last sentence that had one. So text
 * already in the target script is never re-converted (ambiguous characters such as 台/臺, 乾, 瞭 keep their
 * meaning), while foreign or mixed text is converted in full.
 *
 * <p>Sentences end after a sentence-ending character that no dictionary uses, so streaming cuts, which fall only
 * there, give the same result as converting the whole text.
 */
public final class ScriptGatedConversion implements Conversion {
    private static final String SENTENCE_ENDS = "\n\r。！？!?；;…";

    private final String name;
    private final Conversion foreign;
    private final Conversion nativeText;
    private final CharMask foreignChar;
    private final CharMask nativeChar;
    private final boolean[] sentenceEnd = new boolean[65536];

    /**
     * @param foreignChar chars[c] true when c is only ever written in the foreign script
     * @param nativeChar  chars[c] true when c is only ever written in the target script
     */
    public ScriptGatedConversion(String name, Conversion foreign, Conversion nativeText, boolean[] foreignChar,
                                 boolean[] nativeChar) {
        this(name, foreign, nativeText, CharMask.of(foreignChar), CharMask.of(nativeChar));
    }

    ScriptGatedConversion(String name, Conversion foreign, Conversion nativeText, CharMask foreignChar,
                          CharMask nativeChar) {
        this.name = name;
        this.foreign = foreign;
        this.nativeText = nativeText;
        this.foreignChar = foreignChar;
        this.nativeChar = nativeChar;
        for (char c : SENTENCE_ENDS.toCharArray()) {
            sentenceEnd[c] = foreign.isSafeBreak(c) && nativeText.isSafeBreak(c);
        }
    }

    @Override
    public String name() {
        return name;
    }

    Conversion foreign() {
        return foreign;
    }

    Conversion nativeText() {
        return nativeText;
    }

    CharMask foreignChars() {
        return foreignChar;
    }

    CharMask nativeChars() {
        return nativeChar;
    }

    @Override
    public boolean isSafeBreak(char c) {
        return sentenceEnd[c];
    }

    @Override
    public long initialState() {
        return 1;
    }

    @Override
    public boolean carriesState() {
        return true;
    }

    @Override
    public long stateAfter(char[] text, int from, int to, long before) {
        // the script of the last sentence that shows one
        long state = before;
        int start = from;
        for (int i = from; i < to; i++) {
            if (sentenceEnd[text[i]] || i == to - 1) {
                int end = i + 1;
                for (int k = start; k < end; k++) {
                    char c = text[k];
                    if (foreignChar.contains(c)) {
                        state = 1;
                        break;
                    }
                    if (nativeChar.contains(c)) {
                        state = 0;
                    }
                }
                start = end;
            }
        }
        return state;
    }

    @Override
    public String convert(String text) {
        char[] in = text.toCharArray();
        CharBuf out = new CharBuf(in.length + (in.length >> 3));
        Scratch scratch = new Scratch();
        convert(in, 0, in.length, out, scratch);
        return scratch.changed ? out.toString() : text;
    }

    @Override
    public void convert(char[] in, int from, int to, CharBuf out, Scratch scratch) {
        // Consecutive sentences that take the same pipeline are converted in one call: a sentence end is a safe
        // break for both pipelines, so that equals converting them one by one, without the per-call cost.
        int runStart = from;
        Conversion runConversion = null;
        int start = from;
        for (int i = from; i < to; i++) {
            if (sentenceEnd[in[i]]) {
                Conversion c = choose(in, start, i + 1, scratch);
                if (c != runConversion && runConversion != null) {
                    runConversion.convert(in, runStart, start, out, scratch);
                    runStart = start;
                }
                runConversion = c;
                start = i + 1;
            }
        }
        if (start < to) {
            Conversion c = choose(in, start, to, scratch);
            if (c != runConversion && runConversion != null) {
                runConversion.convert(in, runStart, start, out, scratch);
                runStart = start;
            }
            runConversion = c;
        }
        if (runConversion != null) {
            runConversion.convert(in, runStart, to, out, scratch);
        }
    }

    @Override
    public void explain(char[] in, int from, int to, Scratch scratch, ReplacementSink sink) {
        int start = from;
        for (int i = from; i < to; i++) {
            if (sentenceEnd[in[i]]) {
                choose(in, start, i + 1, scratch).explain(in, start, i + 1, scratch, sink);
                start = i + 1;
            }
        }
        if (start < to) {
            choose(in, start, to, scratch).explain(in, start, to, scratch, sink);
        }
    }

    /** The conversion for one sentence, by its script (updating the carried state). */
    private Conversion choose(char[] in, int from, int to, Scratch scratch) {
        boolean sawNative = false;
        boolean isForeign = false;
        for (int i = from; i < to; i++) {
            char c = in[i];
            if (foreignChar.contains(c)) {
                isForeign = true;
                break;
            }
            sawNative |= nativeChar.contains(c);
        }
        if (isForeign) {
            scratch.lastForeign = true;
        } else if (sawNative) {
            scratch.lastForeign = false;
        }
        return scratch.lastForeign ? foreign : nativeText;
    }

    @Override
    public String toString() {
        return "ScriptGatedConversion[" + name + "]";
    }
}
