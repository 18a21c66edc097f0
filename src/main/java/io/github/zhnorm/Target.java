package io.github.zhnorm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A standard to bring text to: script and, for the regional targets, vocabulary. */
public enum Target {
    /** Mainland China: Simplified characters, mainland vocabulary (软件, 出租车, 互联网). */
    CN("mainland Simplified, mainland vocabulary"),
    /** Taiwan: Taiwan-standard Traditional characters, Taiwan vocabulary (軟體, 計程車, 網際網路). */
    TW("Taiwan Traditional, Taiwan vocabulary"),
    /** Hong Kong: Hong Kong-standard Traditional characters, Hong Kong vocabulary (軟件, 的士). */
    HK("Hong Kong Traditional, Hong Kong vocabulary"),
    /** Simplified characters only; vocabulary untouched. */
    HANS("Simplified characters only"),
    /** OpenCC-standard Traditional characters only; vocabulary untouched. */
    HANT("OpenCC-standard Traditional characters only");

    private final String description;

    Target(String description) {
        this.description = description;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    public static Optional<Target> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equalsIgnoreCase(id)).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(Target::id).collect(Collectors.joining(", "));
    }
}
