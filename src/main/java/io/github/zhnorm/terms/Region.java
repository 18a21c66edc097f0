package io.github.zhnorm.terms;

import java.util.Locale;

/** A region whose vocabulary differs from the mainland's. */
public enum Region {
    TW, HK;

    /** The folder of its term maps under {@code dictionaries/terms/}: {@code tw-cn}, {@code hk-cn}. */
    public String folder() {
        return name().toLowerCase(Locale.ROOT) + "-cn";
    }

    /**
     * The folder of the maps used only toward this region ({@code cn-tw}, {@code cn-hk}): mainland terms
     * (Simplified) that the region writes otherwise, where the region → mainland map is not simply reversible.
     */
    public String towardFolder() {
        return "cn-" + name().toLowerCase(Locale.ROOT);
    }
}
