package io.github.zhnorm.cli;

import io.github.zhnorm.Converter;
import io.github.zhnorm.Target;
import io.github.zhnorm.protect.ProtectedSpans;
import io.github.zhnorm.protect.ProtectingConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.github.zhnorm.cli.ConvertCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Large files go through the bounded-memory, multi-core path; its output must equal converting the whole text
 * at once, whatever the chunking: sentences without script-specific characters at chunk starts, zhnorm:off regions
 * spanning chunks, legacy encodings, no line breaks at all.
 */
class StreamingConversionTest {
    @TempDir
    Path dir;

    /** About 20 MB (above the streaming threshold) of mixed text with marker regions that span chunks. */
    private static String largeText(boolean lineBreaks) {
        StringBuilder sb = new StringBuilder();
        String[] lines = {
            "他在軟體公司上班，用滑鼠寫程式。", "我們在線上開會。", "OK。", "12345。",
            "这是简体的句子，软件很好用。", "看著線上上的微網志，指明瞭方向。"};
        int i = 0;
        while (sb.length() < 12_000_000) {
            sb.append(lines[i % lines.length]);
            if (i % 400_000 == 7) {
                sb.append("<!-- zhnorm:off -->");
            }
            if (i % 400_000 == 150_000) { // the off region spans more than one chunk
                sb.append("<!-- zhnorm:on -->");
            }
            sb.append(lineBreaks ? "\n" : "");
            i++;
        }
        return sb.toString();
    }

    private void assertStreamsLikeWhole(String text, Charset charset, String... convertArgs) throws IOException {
        Path in = Files.write(dir.resolve("in.txt"), text.getBytes(charset));
        assertTrue(Files.size(in) > FileProcessor.STREAMING_THRESHOLD);
        Path out = dir.resolve("out.txt");
        String[] args = new String[convertArgs.length + 6];
        args[0] = "convert";
        System.arraycopy(convertArgs, 0, args, 1, convertArgs.length);
        int k = convertArgs.length + 1;
        args[k++] = "-j";
        args[k++] = "2";
        args[k++] = "-o";
        args[k++] = out.toString();
        args[k] = in.toString();
        ConvertCommandTest.Run r = run("", args);
        assertEquals(0, r.exit(), r.err());
        Converter c = convertArgs[0].equals("--to") ? Converter.to(Target.byId(convertArgs[1]).orElseThrow())
                : Converter.of(convertArgs[1]);
        String whole = ProtectingConverter.of(c, ProtectedSpans.markersOnly()).convert(text);
        assertEquals(whole, Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void targetConversionOfALargeFileEqualsWholeText() throws IOException {
        assertStreamsLikeWhole(largeText(true), StandardCharsets.UTF_8, "--to", "cn");
    }

    @Test
    void openccConfigurationOfALargeFileEqualsWholeText() throws IOException {
        assertStreamsLikeWhole(largeText(true), StandardCharsets.UTF_8, "-c", "s2twp");
    }

    @Test
    void largeFileWithoutLineBreaksEqualsWholeText() throws IOException {
        assertStreamsLikeWhole(largeText(false), StandardCharsets.UTF_8, "--to", "tw");
    }

    @Test
    void largeGb18030FileEqualsWholeText() throws IOException {
        assertStreamsLikeWhole(largeText(true), Charset.forName("GB18030"), "--to", "cn");
    }
}
