package io.github.zhnorm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the packaged jar in a separate JVM, as a user does. */
class JarEndToEndIT {
    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    static Result zhnorm(byte[] stdin, String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("zhnorm.jar", "target/zhnorm.jar");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().write(stdin);
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
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
    }

    @Test
    void convertsTheSampleInTestdata() throws Exception {
        Path sample = Path.of("testdata", "golden", "s2twp.input.txt");
        Result r = zhnorm("", "convert", "-c", "s2twp", sample.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(Files.readString(Path.of("testdata", "golden", "s2twp.expected.txt")), r.out());
    }

    @Test
    void writesAnOutputFile() throws Exception {
        Path in = Files.writeString(dir.resolve("in.txt"), "汉字\r\n头发\r\n");
        Path out = dir.resolve("out.txt");
        Result r = zhnorm("", "convert", "-c", "s2t", "-o", out.toString(), in.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("漢字\r\n頭髮\r\n", Files.readString(out));
    }

    @Test
    void errorsHaveMessagesAndExitCodes() throws Exception {
        Result unknown = zhnorm("x", "convert", "-c", "nope");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("s2twp"), unknown.err());

        Result badOption = zhnorm("x", "convert", "-c", "s2t", "--nope");
        assertEquals(2, badOption.exit());

        Result missing = zhnorm("", "convert", "-c", "s2t", dir.resolve("missing.txt").toString());
        assertEquals(3, missing.exit());
        assertTrue(missing.err().contains("missing.txt"), missing.err());

        Path out = dir.resolve("o.txt");
        Result invalid = zhnorm(new byte[] {'a', (byte) 0xFF, 'b'}, "convert", "-c", "s2t", "-o", out.toString());
        assertEquals(3, invalid.exit());
        assertTrue(invalid.err().contains("byte offset 1"), invalid.err());
        assertFalse(Files.exists(out));
    }
}
