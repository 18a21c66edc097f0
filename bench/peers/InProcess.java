import io.github.zhnorm.Converter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * In-process, single-thread String → String throughput of zhnorm, HanLP and opencc4j on the same text, measured in
 * interleaved rounds in one JVM (fair on a noisy shared machine): median MB/s of UTF-8 input per configuration.
 *   java InProcess ROUNDS CORPUS_DIR [CONFIG...]
 */
public final class InProcess {
    public static void main(String[] a) throws Exception {
        int rounds = Integer.parseInt(a[0]);
        Path corpus = Path.of(a[1]);
        List<String> configs = a.length > 2 ? List.of(a).subList(2, a.length) : List.of("t2s", "s2t", "tw2sp", "s2twp");
        System.out.printf("%-6s %10s %10s %10s %9s%n", "config", "zhnorm", "hanlp", "opencc4j", "x hanlp");
        for (String c : configs) {
            boolean trad = c.startsWith("t");
            String text = Files.readString(corpus.resolve(trad ? "trad.txt" : "simp.txt"), StandardCharsets.UTF_8);
            double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
            UnaryOperator<String> zh = Converter.of(c)::convert;
            UnaryOperator<String> hanlp = switch (c) {
                case "t2s" -> com.hankcs.hanlp.HanLP::convertToSimplifiedChinese;
                case "s2t" -> com.hankcs.hanlp.HanLP::convertToTraditionalChinese;
                case "tw2sp" -> com.hankcs.hanlp.HanLP::tw2s;
                default -> com.hankcs.hanlp.HanLP::s2tw;
            };
            UnaryOperator<String> o4j = switch (c) {
                case "t2s" -> com.github.houbb.opencc4j.util.ZhConverterUtil::toSimple;
                case "s2t" -> com.github.houbb.opencc4j.util.ZhConverterUtil::toTraditional;
                case "tw2sp" -> com.github.houbb.opencc4j.util.ZhTwConverterUtil::toSimple;
                default -> com.github.houbb.opencc4j.util.ZhTwConverterUtil::toTraditional;
            };
            List<Double> z = new ArrayList<>();
            List<Double> h = new ArrayList<>();
            List<Double> o = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                z.add(time(zh, text, mb));
                h.add(time(hanlp, text, mb));
                if (r % 4 == 0) {
                    o.add(time(o4j, text, mb));
                }
            }
            int warm = rounds / 3; // discard warm-up rounds
            double zm = median(z.subList(warm, z.size()));
            double hm = median(h.subList(warm, h.size()));
            double om = median(o.subList(Math.min(1, o.size() - 1), o.size()));
            System.out.printf(Locale.ROOT, "%-6s %8.1f MB/s %6.1f MB/s %6.1f MB/s %8.2f%n", c, zm, hm, om, zm / hm);
        }
    }

    private static double time(UnaryOperator<String> f, String text, double mb) {
        long t0 = System.nanoTime();
        String out = f.apply(text);
        long t1 = System.nanoTime();
        if (out.isEmpty()) {
            throw new AssertionError();
        }
        return mb / ((t1 - t0) / 1e9);
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
