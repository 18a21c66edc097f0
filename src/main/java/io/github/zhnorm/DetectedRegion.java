package io.github.zhnorm;

/** Where a text's vocabulary and character forms come from. */
public enum DetectedRegion {
    CN, TW, HK, UNKNOWN
}
