package io.github.zhnorm.dict;

/** How strictly a text dictionary's lines are read. */
public enum LineFormat {
    /** OpenCC text format: {@code key<TAB>value[ value…]}; anything else is an error. */
    STRICT,
    /**
     * The bundled opencc4j files: CRLF endings, and key and values separated by a TAB or, in some files, a space.
     * Still fails on a line with no value.
     */
    BUNDLED
}
