package io.github.zhnorm.cli;

import io.github.zhnorm.DetectedRegion;

/** The {@code --from} hint: where the input comes from, for {@code --to cn}. */
enum SourceRegion {
    /** Any region: every region's term maps (the default). */
    ANY,
    TW,
    HK;

    DetectedRegion region() {
        return switch (this) {
            case TW -> DetectedRegion.TW;
            case HK -> DetectedRegion.HK;
            case ANY -> DetectedRegion.UNKNOWN;
        };
    }
}
