package io.github.zhnorm;

import io.github.zhnorm.engine.CompiledForm;
import io.github.zhnorm.engine.Conversion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Conversions compiled at package time ({@link Precompiler}) and shipped as resources
 * ({@code zhnorm/compiled/NAME.bin}), so start-up reads arrays instead of parsing dictionaries. Switched off with
 * the system property {@code zhnorm.precompiled=false} or the environment variable {@code ZHNORM_PRECOMPILED=0}
 * (for checking dictionary edits without rebuilding).
 */
final class Precompiled {
    static final String DIR = "zhnorm/compiled/";

    private Precompiled() {
    }

    static boolean enabled() {
        return !"false".equals(System.getProperty("zhnorm.precompiled"))
                && !"0".equals(System.getenv("ZHNORM_PRECOMPILED"));
    }

    static Optional<Conversion> load(String name) {
        if (!enabled()) {
            return Optional.empty();
        }
        try (InputStream in = Precompiled.class.getClassLoader().getResourceAsStream(DIR + name + ".bin")) {
            return in == null ? Optional.empty() : Optional.of(CompiledForm.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt precompiled conversion " + name, e);
        }
    }

    static String builtinName(OpenccConfig config) {
        return config.id();
    }

    static String targetName(Target target) {
        return "to-" + target.id();
    }

    static String targetName(Target target, DetectedRegion source) {
        return targetName(target) + ".from-" + source.name().toLowerCase(java.util.Locale.ROOT);
    }
}
