package io.github.zhnorm.engine;

/** Receives the replacements a conversion makes, in the coordinates of its original input. */
@FunctionalInterface
public interface ReplacementSink {
    /**
     * @param start      first char of the replaced original text
     * @param end        end (exclusive) of the replaced original text
     * @param result     what the stage wrote there
     * @param dictionary the dictionary that decided it
     */
    void replaced(int start, int end, String result, String dictionary);
}
