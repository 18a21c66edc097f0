package io.github.zhnorm;

import io.github.zhnorm.config.ConfigLoader;
import io.github.zhnorm.engine.CompiledForm;
import io.github.zhnorm.engine.ConversionPipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (run by Maven in process-classes): compiles the sixteen OpenCC configurations, the five targets and
 * the mainland target for Taiwan and for Hong Kong sources from the dictionaries on the classpath and writes them
 * to {@code DIR/zhnorm/compiled/}.
 */
public final class Precompiler {
    private Precompiler() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/classes").resolve(Precompiled.DIR);
        Files.createDirectories(dir);
        long start = System.nanoTime();
        for (OpenccConfig c : OpenccConfig.values()) {
            write(dir.resolve(Precompiled.builtinName(c) + ".bin"),
                    new Converter(c.id(), ConversionPipeline.compile(ConfigLoader.builtin(c.id()))));
        }
        for (Target t : Target.values()) {
            write(dir.resolve(Precompiled.targetName(t) + ".bin"), Converter.forTarget(t).build());
        }
        for (DetectedRegion source : SOURCES) {
            write(dir.resolve(Precompiled.targetName(Target.CN, source) + ".bin"),
                    Converter.forTarget(Target.CN).from(source).build());
        }
        System.out.printf("zhnorm: precompiled %d conversions into %s in %d ms%n",
                OpenccConfig.values().length + Target.values().length + SOURCES.size(), dir,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Sources with a mainland converter of their own (see {@link TargetBuilder#from}). */
    static final java.util.List<DetectedRegion> SOURCES = java.util.List.of(DetectedRegion.TW, DetectedRegion.HK);

    private static void write(Path file, Converter converter) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            CompiledForm.write(converter.conversion(), out);
        }
    }
}
