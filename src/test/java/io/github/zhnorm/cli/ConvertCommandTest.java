package io.github.zhnorm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class ConvertCommandTest {
    @TempDir
    Path dir;

    /** One in-process run: exit code, stdout, stderr. */
    public record Run(int exit, String out, String err) {
    }

    public static Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.configure(new CommandLine(
                new Main(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void convertsStdinToStdout() {
        Run r = run("滑鼠和軟體\n", "convert", "-c", "tw2sp");
        assertEquals(0, r.exit(), r.err());
        assertEquals("鼠标和软件\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void dashMeansStdinAndFilesAreConcatenated() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "汉字\n");
        Run r = run("头发\n", "convert", "-c", "s2t", a.toString(), "-");
        assertEquals(0, r.exit(), r.err());
        assertEquals("漢字\n頭髮\n", r.out());
    }

    @Test
    void outputFileIsWrittenWhole() throws IOException {
        Path in = Files.writeString(dir.resolve("in.txt"), "汉字");
        Path out = dir.resolve("out.txt");
        Run r = run("", "convert", "-c", "s2t", "-o", out.toString(), in.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("漢字", Files.readString(out));
        assertEquals("", r.out());
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void unknownConfigurationIsAUsageErrorListingNames() {
        Run r = run("x", "convert", "-c", "s2x");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown configuration 's2x'"), r.err());
        assertTrue(r.err().contains("tw2sp"), r.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("x", "convert", "-c", "s2t", "--frobnicate");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--frobnicate"), r.err());
    }

    @Test
    void withoutConfigOrTargetConvertsToMainlandStandard() {
        Run r = run("看著滑鼠\n", "convert");
        assertEquals(0, r.exit(), r.err());
        assertEquals("看着鼠标\n", r.out());
    }

    @Test
    void fromNamesTheSourceRegionForTheMainlandTarget() {
        assertEquals("出租车和出租车\n", run("的士和計程車\n", "convert").out());
        assertEquals("的士和出租车\n", run("的士和計程車\n", "convert", "--from", "tw").out());
        assertEquals("出租车和计程车\n", run("的士和計程車\n", "convert", "--from", "HK").out());
        Run wrong = run("x", "convert", "--to", "tw", "--from", "hk");
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().contains("--from goes with --to cn"), wrong.err());
        assertEquals(2, run("x", "convert", "-c", "t2s", "--from", "tw").exit());
        assertEquals(2, run("x", "convert", "--from", "mars").exit());
    }

    @Test
    void configAndTargetExcludeEachOther() {
        Run r = run("x", "convert", "-c", "s2t", "--to", "cn");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("mutually exclusive"), r.err());
    }

    @Test
    void unknownTargetAndDomainAreUsageErrors() {
        Run t = run("x", "convert", "--to", "mars");
        assertEquals(2, t.exit());
        assertTrue(t.err().contains("cn, tw, hk, hans, hant"), t.err());
        Run d = run("x", "convert", "--no-domain", "astrology");
        assertEquals(2, d.exit());
        assertTrue(d.err().contains("names"), d.err());
    }

    @Test
    void explainPrintsOneLinePerReplacementWithItsDictionary() {
        Run r = run("看著他\n頭髮", "convert", "--to", "cn", "--explain");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("<stdin>:1:2\t著 → 着\tterms/artifacts/to-cn.foreign.txt", lines[0]);
        assertTrue(lines[1].startsWith("<stdin>:2:1\t頭髮 → 头发\t") || lines[1].startsWith("<stdin>:2:1\t頭 → 头\t"),
                lines[1]);
    }

    @Test
    void missingInputIsNamedAndOthersStillConvert() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "汉字");
        Run r = run("", "convert", "-c", "s2t", dir.resolve("nope.txt").toString(), a.toString());
        assertEquals(Main.EXIT_INPUT_FAILED, r.exit());
        assertTrue(r.err().contains("nope.txt: no such file"), r.err());
        assertEquals("漢字", r.out());
    }

    @Test
    void invalidUtf8ReportsTheByteOffsetAndWritesNothing() throws IOException {
        Path bad = dir.resolve("bad.txt");
        byte[] prefix = "汉字".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[prefix.length + 2];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0xC3;
        bytes[prefix.length + 1] = (byte) 0x28;
        Files.write(bad, bytes);
        Path out = dir.resolve("out.txt");
        Run r = run("", "convert", "-c", "s2t", "--encoding", "UTF-8", "-o", out.toString(), bad.toString());
        assertEquals(Main.EXIT_INPUT_FAILED, r.exit());
        assertTrue(r.err().contains("not valid UTF-8 at byte offset 6"), r.err());
        assertFalse(Files.exists(out));
        Run toStdout = run("", "convert", "-c", "s2t", "--encoding", "UTF-8", bad.toString());
        assertEquals(Main.EXIT_INPUT_FAILED, toStdout.exit());
        assertEquals("", toStdout.out());
        // Chinese UTF-8 with a bad tail that no candidate encoding reads: auto detection reports the offset too
        byte[] good = "汉字汉字汉字汉字汉字".getBytes(StandardCharsets.UTF_8);
        byte[] junk = java.util.Arrays.copyOf(good, good.length + 2);
        junk[good.length] = (byte) 0xFF;
        junk[good.length + 1] = (byte) 0xFE;
        Path junkFile = Files.write(dir.resolve("junk.txt"), junk);
        Run auto = run("", "convert", junkFile.toString());
        assertEquals(Main.EXIT_INPUT_FAILED, auto.exit());
        assertTrue(auto.err().contains("byte offset 30"), auto.err());
    }

    @Test
    void outputFileTakesOneInput() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "a");
        Path existing = Files.writeString(dir.resolve("o.txt"), "keep");
        Run r = run("", "convert", "-c", "s2t", "-o", existing.toString(), a.toString(), a.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("give a directory"), r.err());
        assertEquals("keep", Files.readString(existing));
    }

    @Test
    void helpAndVersionWork() {
        Run help = run("", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("convert"), help.out());
        Run convertHelp = run("", "convert", "--help");
        assertEquals(0, convertHelp.exit());
        assertTrue(convertHelp.out().contains("Examples"), convertHelp.out());
        Run version = run("", "--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("zhnorm"), version.out());
    }

    @Test
    void jsonConfigurationByPath() throws IOException {
        Files.writeString(dir.resolve("d.txt"), "猫\t貓\n");
        Path cfg = Files.writeString(dir.resolve("c.json"),
                "{\"conversion_chain\":[{\"dict\":{\"type\":\"text\",\"file\":\"d.txt\"}}]}");
        Run r = run("猫狗", "convert", "-c", cfg.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("貓狗", r.out());
    }
}
