package io.github.zhnorm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text a benchmark converts: ../shared/corpus (real Taiwan or mainland text) when present, else the samples
 * in testdata/ repeated to about 1 MB. Traditional input for t2s, tw2s, tw2sp and to-cn; Simplified for s2t, s2twp and to-tw.
 */
record BenchmarkCorpus(String name, String text) {

    static BenchmarkCorpus forConfig(String config) throws IOException {
        boolean traditionalInput = config.startsWith("to-") ? config.equals("to-cn") || config.equals("to-hans")
                : config.startsWith("t") || config.startsWith("hk");
        Path shared = Path.of(System.getProperty("zhnorm.corpus", "../shared/corpus"),
                traditionalInput ? "trad.txt" : "simp.txt");
        if (Files.isRegularFile(shared)) {
            return new BenchmarkCorpus(shared.toString(), Files.readString(shared, StandardCharsets.UTF_8));
        }
        Path sample = Path.of("testdata", "samples", traditionalInput ? "taiwan.txt" : "simplified.txt");
        String one = Files.readString(sample, StandardCharsets.UTF_8);
        int copies = Math.max(1, 1_000_000 / Math.max(1, one.getBytes(StandardCharsets.UTF_8).length));
        return new BenchmarkCorpus(sample + " x" + copies, one.repeat(copies));
    }

    long utf8Bytes() {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
