package io.github.zhnorm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** OpenCC's sixteen configurations, built in. */
public enum OpenccConfig {
    S2T("Simplified to Traditional (OpenCC standard)"),
    T2S("Traditional to Simplified"),
    S2TW("Simplified to Taiwan Traditional"),
    TW2S("Taiwan Traditional to Simplified"),
    S2TWP("Simplified to Taiwan Traditional, with Taiwan phrases"),
    TW2SP("Taiwan Traditional to Simplified, with mainland phrases"),
    S2HK("Simplified to Hong Kong Traditional"),
    HK2S("Hong Kong Traditional to Simplified"),
    S2HKP("Simplified to Hong Kong Traditional, with Hong Kong phrases"),
    HK2SP("Hong Kong Traditional to Simplified, with mainland phrases"),
    T2TW("OpenCC Traditional to Taiwan standard characters"),
    TW2T("Taiwan standard characters to OpenCC Traditional"),
    T2HK("OpenCC Traditional to Hong Kong standard characters"),
    HK2T("Hong Kong standard characters to OpenCC Traditional"),
    T2JP("Traditional (Kyujitai) to Japanese Shinjitai"),
    JP2T("Japanese Shinjitai to Traditional (Kyujitai)");

    private final String description;

    OpenccConfig(String description) {
        this.description = description;
    }

    /** OpenCC's name: {@code s2t}, {@code tw2sp}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    /** The configuration called {@code id} (case-insensitive), if any. */
    public static Optional<OpenccConfig> byId(String id) {
        for (OpenccConfig c : values()) {
            if (c.id().equalsIgnoreCase(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** All ids, comma-separated, for messages. */
    public static String ids() {
        return Arrays.stream(values()).map(OpenccConfig::id).collect(Collectors.joining(", "));
    }
}
