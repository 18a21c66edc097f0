package io.github.zhnorm.spark;

import io.github.zhnorm.Converter;
import io.github.zhnorm.Target;

/**
 * Resolves a target ({@code cn}, {@code tw}, …) or an OpenCC configuration name to its converter. Converters are
 * built lazily, once per JVM (executor), and shared by all tasks: {@link Converter} caches them.
 */
final class Conversions {
    private Conversions() {
    }

    static Converter forName(String name) {
        return Target.byId(name).map(Converter::to).orElseGet(() -> Converter.of(name));
    }
}
