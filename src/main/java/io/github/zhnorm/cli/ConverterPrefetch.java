package io.github.zhnorm.cli;

import io.github.zhnorm.Converter;
import io.github.zhnorm.DetectedRegion;
import io.github.zhnorm.OpenccConfig;
import io.github.zhnorm.Target;
import io.github.zhnorm.files.EncodingDetector;

import java.util.Optional;

/**
 * Start-up: loads the converter a {@code convert} command line will most likely ask for, and the encoding
 * detector's tables, on a second thread while picocli builds its command model (each takes tens of milliseconds;
 * a one-line conversion is mostly start-up).
 * Only a hint: the command parses its options itself and asks {@link Converter} again, which returns the
 * instance loaded here (or loads it, if the guess was wrong or not made). Nothing here prints or fails.
 */
final class ConverterPrefetch {
    private ConverterPrefetch() {
    }

    static void start(String[] args) {
        if (args.length == 0 || !args[0].equals("convert")) {
            return;
        }
        Thread t = new Thread(() -> {
            guess(args).ifPresent(ConverterPrefetch::load);
            load(EncodingDetector::preload);
        }, "zhnorm-prefetch");
        t.setDaemon(true);
        t.start();
    }

    private static void load(Runnable loader) {
        try {
            loader.run();
        } catch (RuntimeException e) {
            // the command will load (and report) it itself
        }
    }

    /**
     * The converter named by a plain {@code --to TARGET} (with {@code --from}) or {@code -c NAME} (built-in), or
     * the default target.
     */
    static Optional<Runnable> guess(String[] args) {
        Target target = Target.CN;
        DetectedRegion source = DetectedRegion.UNKNOWN;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            String value = i + 1 < args.length ? args[i + 1] : "";
            if (a.startsWith("--to=") || a.startsWith("--config=") || a.startsWith("--from=")) {
                value = a.substring(a.indexOf('=') + 1);
                a = a.substring(0, a.indexOf('='));
            }
            switch (a) {
                case "-t", "--to" -> {
                    Optional<Target> t = Target.byId(value);
                    if (t.isEmpty()) {
                        return Optional.empty();
                    }
                    target = t.get();
                }
                case "-c", "--config" -> {
                    Optional<OpenccConfig> c = OpenccConfig.byId(value);
                    return c.map(config -> () -> Converter.of(config));
                }
                case "--from" -> {
                    switch (value.toLowerCase(java.util.Locale.ROOT)) {
                        case "tw" -> source = DetectedRegion.TW;
                        case "hk" -> source = DetectedRegion.HK;
                        default -> source = DetectedRegion.UNKNOWN;
                    }
                }
                case "--no-domain", "--characters-only", "--" -> {
                    return Optional.empty();
                }
                default -> {
                }
            }
        }
        Target chosen = target;
        DetectedRegion from = source;
        return Optional.of(() -> Converter.to(chosen, from));
    }
}
