package io.github.zhnorm;

/** The script a text is written in. */
public enum Script {
    SIMPLIFIED, TRADITIONAL, MIXED,
    /** No Chinese characters at all. */
    NONE
}
