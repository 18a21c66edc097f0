package io.github.zhnorm.terms;

import java.util.Locale;

/** A region whose vocabulary differs from the mainland's. */
public enum Region {
    TW, HK;

    /** The folder of its term maps under {@code dictionaries/terms/}: {@code tw-cn}, {@code hk-cn}. */
    public String folder() {
        return name().toLowerCase(Locale.ROOT) + "-cn";
    }
}
