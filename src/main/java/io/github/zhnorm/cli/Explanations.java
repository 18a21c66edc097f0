package io.github.zhnorm.cli;

import io.github.zhnorm.Converter;
import io.github.zhnorm.Replacement;

import java.io.PrintWriter;

/** Prints a conversion's replacements, one line each: {@code FILE:LINE:COLUMN<TAB>SOURCE → RESULT<TAB>DICTIONARY}. */
final class Explanations {
    private Explanations() {
    }

    static void print(Converter converter, String file, String text, PrintWriter out) {
        print(converter.explain(text), file, text, out);
    }

    static void print(java.util.List<Replacement> replacements, String file, String text, PrintWriter out) {
        int line = 1;
        int lineStart = 0;
        int scanned = 0;
        for (Replacement r : replacements) {
            for (; scanned < r.start(); scanned++) {
                if (text.charAt(scanned) == '\n') {
                    line++;
                    lineStart = scanned + 1;
                }
            }
            int column = text.codePointCount(lineStart, r.start()) + 1;
            out.println(file + ":" + line + ":" + column + "\t" + r.source() + " → " + r.result() + "\t"
                    + r.dictionary());
        }
    }
}
