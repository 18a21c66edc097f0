package io.github.zhnorm.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.Collection;
import java.util.Locale;

/** Runs {@link ConversionBenchmark} and prints MB/s (10^6 bytes of UTF-8 input per second) per configuration. */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        OptionsBuilder builder = new OptionsBuilder();
        builder.include(ConversionBenchmark.class.getSimpleName());
        if (args.length > 0) {
            builder.param("config", args);
        }
        Options options = builder.build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.println("config   corpus                               MB/s (median of iterations; mean ± error)");
        for (RunResult r : results) {
            String config = r.getParams().getParam("config");
            BenchmarkCorpus corpus = BenchmarkCorpus.forConfig(config);
            double mb = corpus.utf8Bytes() / 1e6;
            var stats = r.getPrimaryResult().getStatistics();
            System.out.printf(Locale.ROOT, "%-8s %-36s %7.1f  (%.1f ± %.1f)%n", config, corpus.name(),
                    stats.getPercentile(50) * mb, stats.getMean() * mb, r.getPrimaryResult().getScoreError() * mb);
        }
    }
}
