package io.github.zhnorm.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConverterPrefetchTest {
    private static boolean guesses(String... args) {
        return ConverterPrefetch.guess(args).isPresent();
    }

    @Test
    void guessesBuiltInConvertersOnly() {
        assertTrue(guesses("convert"));
        assertTrue(guesses("convert", "--to", "tw", "a.txt"));
        assertTrue(guesses("convert", "--to=hk"));
        assertTrue(guesses("convert", "-c", "s2twp"));
        assertTrue(guesses("convert", "--config=t2s", "-"));
        assertTrue(guesses("convert", "--from", "tw"));
        assertTrue(guesses("convert", "--from=HK", "--to", "cn"));
        assertFalse(guesses("convert", "--to", "mars"));
        assertFalse(guesses("convert", "-c", "my-config.json"));
        assertFalse(guesses("convert", "--to", "cn", "--no-domain", "names"));
    }

    @Test
    void aWrongGuessDoesNotChangeTheResult() {
        // the command resolves its converter itself; the prefetch only warms the cache
        ConverterPrefetch.start(new String[] {"convert", "--to", "tw"});
        var out = new java.io.StringWriter();
        var cmd = Main.configure(new picocli.CommandLine(new Main(
                new java.io.ByteArrayInputStream("網際網路\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        cmd.setOut(new java.io.PrintWriter(out));
        int code = cmd.execute("convert", "--to", "cn", "-");
        assertTrue(code == 0 && out.toString().equals("互联网\n"), code + " " + out);
    }
}
