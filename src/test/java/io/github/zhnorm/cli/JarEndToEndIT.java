package io.github.zhnorm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the packaged jar in a separate JVM on temporary trees, as a user does. */
class JarEndToEndIT {
    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    static ProcessBuilder command(String... args) {
        String jar = System.getProperty("zhnorm.jar", "target/zhnorm.jar");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    static Result zhnorm(byte[] stdin, String... args) throws IOException, InterruptedException {
        Process p = command(args).start();
        p.getOutputStream().write(stdin);
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    static Result zhnorm(String stdin, String... args) throws IOException, InterruptedException {
        return zhnorm(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    @Test
    void convertsStdinToStdoutAsUtf8() throws Exception {
        Result r = zhnorm("滑鼠和軟體，網際網路\n", "convert", "-c", "tw2sp");
        assertEquals(0, r.exit(), r.err());
        assertEquals("鼠标和软件，互联网\n", r.out());
        Result target = zhnorm("看著滑鼠\n", "convert");
        assertEquals("看着鼠标\n", target.out());
    }

    @Test
    void convertsTheSampleInTestdata() throws Exception {
        Path sample = Path.of("testdata", "golden", "s2twp.input.txt");
        Result r = zhnorm("", "convert", "-c", "s2twp", sample.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(Files.readString(Path.of("testdata", "golden", "s2twp.expected.txt")), r.out());
    }

    @Test
    void legacyAndUnicodeEncodingsAreDetectedAndKept() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("in"));
        Files.write(tree.resolve("big5.txt"), "這個軟體支援多種語言，請用滑鼠點選。\r\n".getBytes(Charset.forName("Big5")));
        Files.write(tree.resolve("gb.txt"), "这个软件支持多种语言，请用鼠标点击。\r\n".getBytes(Charset.forName("GB18030")));
        byte[] utf16 = "滑鼠與記憶體\r\n第二行\r".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(tree.resolve("utf16.txt"), withBom);
        // to mainland standard, UTF-8 output (the default): Big5 and GB18030 decoded by detection
        Path out = dir.resolve("out");
        Result r = zhnorm("", "convert", "--to", "cn", "-o", out.toString(), tree.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("这个软件支持多种语言，请用鼠标点击。\r\n", Files.readString(out.resolve("big5.txt")));
        assertEquals("这个软件支持多种语言，请用鼠标点击。\r\n", Files.readString(out.resolve("gb.txt")));
        byte[] utf8 = Files.readAllBytes(out.resolve("utf16.txt"));
        assertEquals((byte) 0xEF, utf8[0], "BOM kept in Unicode output");
        assertEquals("鼠标与内存\r\n第二行\r", new String(utf8, 3, utf8.length - 3, StandardCharsets.UTF_8));
        assertTrue(r.err().contains("2 converted, 1 unchanged, 0 skipped, 0 failed"), r.err());

        // to Taiwan standard keeping each file's encoding
        Path kept = dir.resolve("kept");
        Result k = zhnorm("", "convert", "--to", "tw", "--output-encoding", "keep", "-o", kept.toString(),
                tree.toString());
        assertEquals(0, k.exit(), k.err());
        assertEquals("這個軟體支援多種語言，請用滑鼠點選。\r\n",
                new String(Files.readAllBytes(kept.resolve("big5.txt")), Charset.forName("Big5")));
        assertEquals("這個軟體支援多種語言，請用滑鼠點擊。\r\n",
                new String(Files.readAllBytes(kept.resolve("gb.txt")), Charset.forName("GB18030")));
        byte[] utf16out = Files.readAllBytes(kept.resolve("utf16.txt"));
        assertEquals((byte) 0xFF, utf16out[0]);
        assertEquals((byte) 0xFE, utf16out[1]);

        // Simplified text cannot be written in Big5: that file fails and nothing is written for it
        Path strict = dir.resolve("strict");
        Result f = zhnorm("", "convert", "--to", "cn", "--output-encoding", "keep", "-o", strict.toString(),
                tree.resolve("big5.txt").toString());
        assertEquals(3, f.exit());
        assertTrue(f.err().contains("cannot be written in Big5"), f.err());
        assertFalse(Files.exists(strict.resolve("big5.txt")));
    }

    @Test
    void binaryAndUndecodableFilesAreReportedWhileOthersConvert() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(tree.resolve("a.txt"), "汉字\n");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Files.write(tree.resolve("image.png"), png);
        byte[] good = "汉字汉字汉字汉字汉字".getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(good, good.length + 2);
        bad[good.length] = (byte) 0xFF;
        bad[good.length + 1] = (byte) 0xFE;
        Files.write(tree.resolve("broken.txt"), bad);
        Files.writeString(tree.resolve("z.txt"), "头发\n");
        Result r = zhnorm("", "convert", "--to", "tw", "--in-place", tree.toString());
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.err().contains("image.png: binary file"), r.err());
        assertTrue(r.err().contains("broken.txt: not valid UTF-8 at byte offset 30"), r.err());
        assertTrue(r.err().contains("2 converted, 0 unchanged, 1 skipped, 1 failed"), r.err());
        assertEquals("漢字\n", Files.readString(tree.resolve("a.txt")));
        assertEquals("頭髮\n", Files.readString(tree.resolve("z.txt")));
        assertArrayEquals(png, Files.readAllBytes(tree.resolve("image.png")));
        assertArrayEquals(bad, Files.readAllBytes(tree.resolve("broken.txt")));
    }

    @Test
    void crlfAndMixedLineEndingsAreKeptExactly() throws Exception {
        Path f = Files.writeString(dir.resolve("crlf.txt"), "头发\r\n软件\n鼠标\r末尾");
        Result r = zhnorm("", "convert", "--to", "tw", "--in-place", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("頭髮\r\n軟體\n滑鼠\r末尾", Files.readString(f));
    }

    @Test
    void killDuringInPlaceNeverLeavesAPartialFile() throws Exception {
        String line = "他在軟體公司上班，每天用滑鼠和鍵盤寫程式，網際網路上的資訊很多。\n";
        String original = line.repeat(400_000); // about 40 MB of UTF-8
        String converted = "他在软件公司上班，每天用鼠标和键盘写程序，互联网上的信息很多。\n".repeat(400_000);
        byte[] originalBytes = original.getBytes(StandardCharsets.UTF_8);
        byte[] convertedBytes = converted.getBytes(StandardCharsets.UTF_8);
        for (long delayMs : new long[] {300, 900, 1600}) {
            Path f = dir.resolve("big-" + delayMs + ".txt");
            Files.write(f, originalBytes);
            Process p = command("convert", "--to", "cn", "--in-place", f.toString()).start();
            Thread.sleep(delayMs);
            p.destroyForcibly(); // SIGKILL
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            byte[] now = Files.readAllBytes(f);
            boolean intact = Arrays.equals(originalBytes, now);
            boolean complete = Arrays.equals(convertedBytes, now);
            assertTrue(intact || complete, "after kill at " + delayMs + " ms the file is neither the original nor "
                    + "the full conversion (" + now.length + " bytes)");
        }
    }

    /** A full disk, made with a 64 KB tmpfs (needs root and mount; skipped elsewhere). */
    @Test
    void fullDiskFailsTheFileAndLeavesItUntouched() throws Exception {
        Path small = Files.createDirectories(dir.resolve("small"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", small.toString())
                .redirectErrorStream(true).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0,
                "cannot mount a tmpfs here");
        try {
            Path f = small.resolve("in.txt");
            String text = "軟體".repeat(9000); // 54 KB: the converted copy does not fit beside it
            Files.writeString(f, text);
            Result r = zhnorm("", "convert", "--to", "cn", "--in-place", f.toString());
            assertEquals(3, r.exit(), r.err());
            assertTrue(r.err().contains("No space left on device"), r.err());
            assertTrue(r.err().contains("input left untouched"), r.err());
            assertEquals(text, Files.readString(f));
            try (var files = Files.list(small)) {
                assertEquals(1, files.count(), "no temporary file left behind");
            }
        } finally {
            new ProcessBuilder("umount", small.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void errorsHaveMessagesAndExitCodes() throws Exception {
        Result unknown = zhnorm("x", "convert", "-c", "nope");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("s2twp"), unknown.err());

        Result badOption = zhnorm("x", "convert", "--nope");
        assertEquals(2, badOption.exit());
        assertTrue(badOption.err().contains("Unknown option: '--nope'"), badOption.err());

        Result missing = zhnorm("", "convert", dir.resolve("missing.txt").toString());
        assertEquals(3, missing.exit());
        assertTrue(missing.err().contains("missing.txt: no such file"), missing.err());

        Path out = dir.resolve("o.txt");
        Result invalid = zhnorm(new byte[] {'a', (byte) 0xFF, 'b'}, "convert", "--encoding", "UTF-8", "-o",
                out.toString());
        assertEquals(3, invalid.exit());
        assertTrue(invalid.err().contains("byte offset 1"), invalid.err());
        assertFalse(Files.exists(out));
    }
}
