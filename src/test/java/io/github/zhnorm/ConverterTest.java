package io.github.zhnorm;

import io.github.zhnorm.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConverterTest {

    @Test
    void convertsWithBuiltInConfigurations() {
        assertEquals("漢字", Converter.of("s2t").convert("汉字"));
        assertEquals("汉字", Converter.of("t2s").convert("漢字"));
        assertEquals("鼠标和软件", Converter.of("tw2sp").convert("滑鼠和軟體"));
        assertEquals("滑鼠和軟體", Converter.of(OpenccConfig.S2TWP).convert("鼠标和软件"));
    }

    @Test
    void phrasesDecideAmbiguousCharacters() {
        assertEquals("頭髮", Converter.of("s2t").convert("头发"));
        assertEquals("發展", Converter.of("s2t").convert("发展"));
    }

    @Test
    void builtInConvertersAreSharedAndNamesAreCaseInsensitive() {
        assertSame(Converter.of("s2t"), Converter.of("S2T"));
        assertSame(Converter.of("s2t"), Converter.of(OpenccConfig.S2T));
    }

    @Test
    void allSixteenConfigurationsLoad() {
        for (OpenccConfig c : OpenccConfig.values()) {
            Converter conv = Converter.of(c);
            assertEquals("plain ASCII", conv.convert("plain ASCII"), c.id());
        }
        assertEquals(16, OpenccConfig.values().length);
    }

    @Test
    void unknownConfigurationListsTheValidNames() {
        String msg = assertThrows(ConfigException.class, () -> Converter.of("s2x")).getMessage();
        assertTrue(msg.contains("s2x"), msg);
        assertTrue(msg.contains("s2t, t2s, s2tw"), msg);
    }

    @Test
    void returnsTheInputItselfWhenNothingChanges() {
        String simplified = "这是简体中文。";
        assertSame(simplified, Converter.of("t2s").convert(simplified));
        String ascii = "no Chinese at all";
        assertSame(ascii, Converter.of("s2t").convert(ascii));
    }

    @Test
    void nonBmpCharactersSurvive() {
        String text = "𠀀汉𪚥字😀";
        String t = Converter.of("s2t").convert(text);
        assertEquals("𠀀漢𪚥字😀", t);
    }

    @Test
    void builderAddsUserEntriesWithPriorityAndAsSegments() {
        Converter c = Converter.builder("s2t").addEntries(Map.of("内存", "記憶體")).build();
        assertEquals("記憶體不足", c.convert("内存不足"));
        Converter later = Converter.builder("s2t").addEntries(Map.of("内存", "A")).addEntries(Map.of("内存", "B"))
                .build();
        assertEquals("B", later.convert("内存"));
        // the shared converter is not affected
        assertEquals("內存不足", Converter.of("s2t").convert("内存不足"));
    }

    @Test
    void builderAddsUserDictionaryFiles(@TempDir Path dir) throws IOException {
        Path d = dir.resolve("mine.txt");
        Files.writeString(d, "# mine\n软件\t軟體\n");
        assertEquals("軟體", Converter.builder(OpenccConfig.S2T).addDictionary(d).build().convert("软件"));
        Files.writeString(d, "软件 軟體\n");
        assertThrows(RuntimeException.class, () -> Converter.builder("s2t").addDictionary(d));
    }

    @Test
    void streamingEqualsWholeString() throws IOException {
        String text = "我们在线上开会。头发很干燥，\n".repeat(200) + "𠀀末尾";
        Converter c = Converter.of("s2twp");
        for (int buf : new int[] {2, 3, 7, 64, 1000, 1 << 16}) {
            StringWriter out = new StringWriter();
            c.convert(new StringReader(text), out, buf);
            assertEquals(c.convert(text), out.toString(), "buffer " + buf);
        }
    }

    @Test
    void convertersAreSafeToShareAcrossThreads() throws Exception {
        Converter c = Converter.of("tw2sp");
        String text = "滑鼠和軟體，網際網路與記憶體。".repeat(50);
        String expected = c.convert(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> c.convert(text)));
            }
            for (Future<String> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
