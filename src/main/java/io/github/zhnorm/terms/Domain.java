package io.github.zhnorm.terms;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A subject area of the regional term maps; each can be switched off as a whole. */
public enum Domain {
    IT, SCIENCE, MEDICINE, PLACES, NAMES, COMPANIES, FOOD, DAILY, TRANSPORT, SPORTS, FINANCE, EDUCATION,
    GOVERNMENT, MEDIA;

    /** The file name stem: {@code it}, {@code places}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Domain> byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id().equalsIgnoreCase(id)).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(Domain::id).collect(Collectors.joining(", "));
    }
}
