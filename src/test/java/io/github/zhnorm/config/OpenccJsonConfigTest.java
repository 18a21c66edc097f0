package io.github.zhnorm.config;

import io.github.zhnorm.Converter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenccJsonConfigTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    private static String text(String file) {
        return "{\"type\":\"text\",\"file\":\"" + file + "\"}";
    }

    @Test
    void textDictionariesResolveRelativeToTheConfigFile() throws IOException {
        write("dicts/phrases.txt", "头发\t頭髮\n");
        write("dicts/chars.txt", "头\t頭\n发\t發 髮\n");
        write("dicts/compat.txt", "Ａ\tA\n");
        Path cfg = write("dicts/my.json", "{\"name\":\"mine\","
                + "\"normalization\":[{\"dict\":" + text("compat.txt") + "}],"
                + "\"segmentation\":{\"type\":\"mmseg\",\"dict\":" + text("phrases.txt") + "},"
                + "\"conversion_chain\":[{\"dict\":{\"type\":\"group\",\"dicts\":["
                + text("phrases.txt") + "," + text("chars.txt") + "]}}]}");
        Converter c = Converter.of(cfg.toString());
        assertEquals("頭髮A發", c.convert("头发Ａ发"));
    }

    @Test
    void unionPolicyIsHonoured() throws IOException {
        write("a.txt", "a\t1\n");
        write("b.txt", "ab\t2\n");
        String group = "{\"type\":\"group\",\"match_policy\":\"%s\",\"dicts\":[" + text("a.txt") + ","
                + text("b.txt") + "]}";
        Path sc = write("sc.json", "{\"conversion_chain\":[{\"dict\":" + group.formatted("short_circuit") + "}]}");
        Path un = write("un.json", "{\"conversion_chain\":[{\"dict\":" + group.formatted("union") + "}]}");
        assertEquals("1b", Converter.ofConfigFile(sc).convert("ab"));
        assertEquals("2", Converter.ofConfigFile(un).convert("ab"));
    }

    @Test
    void tofuRiskDictionariesAreLeftOutUnlessAsked() throws IOException {
        write("ext.txt", "殢\t𣨼\n");
        write("chars.txt", "團\t团\n");
        Path cfg = write("t.json", "{\"conversion_chain\":[{\"dict\":{\"type\":\"group\",\"dicts\":["
                + "{\"type\":\"text\",\"file\":\"ext.txt\",\"may_output_tofu\":true}," + text("chars.txt") + "]}}]}");
        assertEquals("殢团", Converter.ofConfigFile(cfg).convert("殢團"));
        assertEquals("𣨼团", Converter.ofConfigFile(cfg, true).convert("殢團"));
    }

    @Test
    void binaryDictionariesGetAnExplanation() throws IOException {
        Path cfg = write("o.json", "{\"conversion_chain\":[{\"dict\":{\"type\":\"ocd2\",\"file\":\"STPhrases.ocd2\"}}]}");
        String msg = assertThrows(ConfigException.class, () -> Converter.ofConfigFile(cfg)).getMessage();
        assertTrue(msg.contains("opencc_dict"), msg);
        assertTrue(msg.contains("STPhrases.ocd2"), msg);
    }

    @Test
    void errorsNameTheProblem() throws IOException {
        Path bad = write("bad.json", "{\n  \"conversion_chain\": [,]\n}");
        assertTrue(assertThrows(ConfigException.class, () -> Converter.ofConfigFile(bad)).getMessage()
                .contains("bad.json:2:"));
        Path noChain = write("nochain.json", "{\"name\":\"x\"}");
        assertTrue(assertThrows(ConfigException.class, () -> Converter.ofConfigFile(noChain)).getMessage()
                .contains("conversion_chain"));
        Path missingDict = write("md.json", "{\"conversion_chain\":[{\"dict\":" + text("nope.txt") + "}]}");
        assertTrue(assertThrows(RuntimeException.class, () -> Converter.ofConfigFile(missingDict)).getMessage()
                .contains("nope.txt"));
        Path policy = write("p.json", "{\"conversion_chain\":[{\"dict\":{\"type\":\"group\",\"match_policy\":"
                + "\"longest\",\"dicts\":[]}}]}");
        assertTrue(assertThrows(ConfigException.class, () -> Converter.ofConfigFile(policy)).getMessage()
                .contains("match_policy"));
        assertTrue(assertThrows(ConfigException.class, () -> Converter.ofConfigFile(dir.resolve("none.json")))
                .getMessage().contains("not found"));
    }
}
