package io.github.zhnorm.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static io.github.zhnorm.cli.ConvertCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The file-processing options of convert, in process, each with its output and exit code. */
class TreeCommandsTest {
    @TempDir
    Path dir;
    Path tree;

    @BeforeEach
    void makeTree() throws IOException {
        tree = Files.createDirectories(dir.resolve("docs"));
        Files.createDirectories(tree.resolve("子目錄"));
        Files.createDirectories(tree.resolve(".git"));
        Files.writeString(tree.resolve("a.md"), "用滑鼠點選`軟體`與網際網路 http://軟體.tw/滑鼠\n");
        Files.writeString(tree.resolve("b.txt"), "这已经是简体。\n");
        Files.writeString(tree.resolve("子目錄/c.txt"), "看著記憶體。\n");
        Files.writeString(tree.resolve(".hidden.txt"), "軟體\n");
        Files.writeString(tree.resolve(".git/config.txt"), "軟體\n");
    }

    @Test
    void checkListsFilesThatWouldChangeAndExitsOne() throws IOException {
        ConvertCommandTest.Run r = run("", "convert", "--check", tree.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("a.md:1:2: 滑鼠點選"), r.out());
        assertTrue(r.out().contains("c.txt:1:2: 著記憶體"), r.out());
        assertFalse(r.out().contains("b.txt"), r.out());
        assertTrue(r.err().contains("2 would change, 1 unchanged, 0 skipped, 0 failed"), r.err());
        assertEquals("軟體\n", Files.readString(tree.resolve(".hidden.txt")), "hidden files untouched");
        ConvertCommandTest.Run clean = run("", "convert", "--check", tree.resolve("b.txt").toString());
        assertEquals(0, clean.exit());
    }

    @Test
    void diffPrintsUnifiedDiffAndWritesNothing() throws IOException {
        ConvertCommandTest.Run r = run("", "convert", "--diff", tree.resolve("子目錄/c.txt").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("-看著記憶體。"), r.out());
        assertTrue(r.out().contains("+看着内存。"), r.out());
        assertEquals("看著記憶體。\n", Files.readString(tree.resolve("子目錄/c.txt")));
    }

    @Test
    void includeAndExcludeSelectFiles() {
        ConvertCommandTest.Run inc = run("", "convert", "--check", "--include", "*.md", tree.toString());
        assertTrue(inc.out().contains("a.md") && !inc.out().contains("c.txt"), inc.out());
        ConvertCommandTest.Run exc = run("", "convert", "--check", "-v", "--exclude", "子目錄/**", tree.toString());
        assertTrue(exc.out().contains("a.md") && !exc.out().contains("c.txt"), exc.out());
        assertTrue(exc.err().contains("excluded"), exc.err());
    }

    @Test
    void inPlaceKeepsPermissionsAndBackups() throws IOException {
        Path c = tree.resolve("子目錄/c.txt");
        Files.setPosixFilePermissions(c, PosixFilePermissions.fromString("rw-r-----"));
        ConvertCommandTest.Run r = run("", "convert", "--in-place", "--backup", ".orig", "-j", "2", tree.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("看着内存。\n", Files.readString(c));
        assertEquals("看著記憶體。\n", Files.readString(tree.resolve("子目錄/c.txt.orig")));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(c)));
        assertFalse(Files.exists(tree.resolve("b.txt.orig")), "unchanged files get no backup");
        assertEquals("軟體\n", Files.readString(tree.resolve(".git/config.txt")), ".git untouched");
    }

    @Test
    void protectKeepsCodeAndUrls() throws IOException {
        ConvertCommandTest.Run r = run("", "convert", "--protect", "code,urls", tree.resolve("a.md").toString());
        assertEquals("用鼠标点击`軟體`与互联网 http://軟體.tw/滑鼠\n", r.out());
        ConvertCommandTest.Run bad = run("", "convert", "--protect", "code,nonsense", tree.resolve("a.md").toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("code, urls, emails, regex:PATTERN"), bad.err());
    }

    @Test
    void outputDirectoryMirrorsTheTreeAndRenames() throws IOException {
        Path out = dir.resolve("out");
        ConvertCommandTest.Run r = run("", "convert", "--to", "cn", "--rename", "-o", out.toString(), tree.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("看着内存。\n", Files.readString(out.resolve("子目录/c.txt")));
        assertEquals("这已经是简体。\n", Files.readString(out.resolve("b.txt")));
        assertFalse(Files.exists(out.resolve(".hidden.txt")));
    }

    @Test
    void renameNeverOverwrites() throws IOException {
        Path d = Files.createDirectories(dir.resolve("names"));
        Files.writeString(d.resolve("軟體.txt"), "x");
        Files.writeString(d.resolve("软件.txt"), "keep");
        ConvertCommandTest.Run r = run("", "convert", "--to", "cn", "--in-place", "--rename", d.toString());
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("that name already exists"), r.err());
        assertEquals("keep", Files.readString(d.resolve("软件.txt")));
        assertTrue(Files.exists(d.resolve("軟體.txt")));
    }

    @Test
    void refusesOutputsThatWouldOverwriteInputs() throws IOException {
        ConvertCommandTest.Run inside = run("", "convert", "-o", tree.resolve("out").toString(), tree.toString());
        assertEquals(2, inside.exit());
        assertTrue(inside.err().contains("inside the input tree"), inside.err());
        Path a = tree.resolve("a.md");
        ConvertCommandTest.Run same = run("", "convert", "-o", a.toString(), a.toString());
        assertEquals(2, same.exit());
        assertTrue(same.err().contains("use --in-place"), same.err());
        assertTrue(Files.readString(a).contains("滑鼠"));
    }

    @Test
    void usageErrorsForContradictoryOptions() {
        assertEquals(2, run("", "convert", "--in-place", "-o", "x", tree.toString()).exit());
        assertEquals(2, run("", "convert", "--check", "--diff", tree.toString()).exit());
        assertEquals(2, run("", "convert", "--backup", ".b", tree.toString()).exit());
        assertEquals(2, run("", "convert", "--rename", tree.toString()).exit());
        assertEquals(2, run("x", "convert", "--in-place").exit());
        assertEquals(2, run("x", "convert", "--encoding", "no-such-charset").exit());
        assertEquals(2, run("x", "convert", "-j", "0").exit());
    }

    @Test
    void quietAndVerbose() {
        ConvertCommandTest.Run quiet = run("", "convert", "--check", "-q", tree.toString());
        assertEquals("", quiet.err());
        ConvertCommandTest.Run verbose = run("", "convert", "-v", "-o", dir.resolve("v").toString(), tree.toString());
        assertTrue(verbose.err().contains("unchanged: " + tree.resolve("b.txt")), verbose.err());
        assertTrue(verbose.err().contains("converted: " + tree.resolve("a.md")), verbose.err());
    }

    @Test
    void detectAndConfigsCommands() {
        ConvertCommandTest.Run d = run("", "detect", "--json", tree.resolve("b.txt").toString());
        assertEquals(0, d.exit(), d.err());
        assertTrue(d.out().contains("\"script\":\"simplified\""), d.out());
        assertTrue(d.out().contains("\"encoding\":\"UTF-8\""), d.out());
        ConvertCommandTest.Run text = run("這個軟體支援多種語言，網際網路上的資訊很多。", "detect");
        assertTrue(text.out().startsWith("<stdin>: UTF-8, traditional"), text.out());
        assertTrue(text.out().contains(", tw ("), text.out());
        ConvertCommandTest.Run configs = run("", "configs");
        assertTrue(configs.out().contains("--to cn") && configs.out().contains("-c jp2t"), configs.out());
        assertEquals(3, run("", "detect", dir.resolve("none.txt").toString()).exit());
    }
}
