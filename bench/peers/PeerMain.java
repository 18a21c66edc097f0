import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whole-process peer runner for bench/whole-process.sh: reads a UTF-8 file, converts it with HanLP or opencc4j,
 * writes the result. Compiled by the script against the `peers` Maven profile; never shipped.
 *   java PeerMain hanlp|opencc4j t2s|s2t|tw2sp|s2twp IN OUT
 */
public final class PeerMain {
    public static void main(String[] a) throws Exception {
        String text = Files.readString(Path.of(a[2]), StandardCharsets.UTF_8);
        String out = switch (a[0]) {
            case "hanlp" -> switch (a[1]) {
                case "t2s" -> com.hankcs.hanlp.HanLP.convertToSimplifiedChinese(text);
                case "s2t" -> com.hankcs.hanlp.HanLP.convertToTraditionalChinese(text);
                case "tw2sp" -> com.hankcs.hanlp.HanLP.tw2s(text);
                case "s2twp" -> com.hankcs.hanlp.HanLP.s2tw(text);
                default -> throw new IllegalArgumentException(a[1]);
            };
            case "opencc4j" -> switch (a[1]) {
                case "t2s" -> com.github.houbb.opencc4j.util.ZhConverterUtil.toSimple(text);
                case "s2t" -> com.github.houbb.opencc4j.util.ZhConverterUtil.toTraditional(text);
                case "tw2sp" -> com.github.houbb.opencc4j.util.ZhTwConverterUtil.toSimple(text);
                case "s2twp" -> com.github.houbb.opencc4j.util.ZhTwConverterUtil.toTraditional(text);
                default -> throw new IllegalArgumentException(a[1]);
            };
            default -> throw new IllegalArgumentException(a[0]);
        };
        Files.writeString(Path.of(a[3]), out, StandardCharsets.UTF_8);
    }
}
