package io.github.zhnorm.bench;

import io.github.zhnorm.Converter;
import io.github.zhnorm.Target;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/** In-process, single-thread conversion of a whole corpus string (an OpenCC configuration or {@code to-TARGET}); {@link BenchmarkMain} turns ops/s into MB/s. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ConversionBenchmark {
    @Param({"t2s", "s2t", "tw2sp", "s2twp", "to-cn"})
    public String config;

    private Converter converter;
    private String text;

    @Setup
    public void setUp() throws Exception {
        converter = config.startsWith("to-")
                ? Converter.to(Target.valueOf(config.substring(3).toUpperCase(java.util.Locale.ROOT)))
                : Converter.of(config);
        text = BenchmarkCorpus.forConfig(config).text();
        converter.convert(text);
    }

    @Benchmark
    public String convert() {
        return converter.convert(text);
    }
}
