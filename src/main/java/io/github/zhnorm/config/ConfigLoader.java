package io.github.zhnorm.config;

import io.github.zhnorm.dict.DictionaryParser;
import io.github.zhnorm.dict.LineFormat;
import io.github.zhnorm.dict.TextDictionary;
import io.github.zhnorm.engine.ChainSpec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Turns a configuration name or an OpenCC JSON file into a {@link ChainSpec}. */
public final class ConfigLoader {
    private static final String BUILTIN_DIR = "zhnorm/configs/";

    private ConfigLoader() {
    }

    /** A built-in configuration (one of OpenCC's 16 names) over the bundled and project dictionaries. */
    public static ChainSpec builtin(String name) {
        String resource = BUILTIN_DIR + name + ".json";
        try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigException("no built-in configuration '" + name + "'");
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return OpenccJsonConfig.parse(json, name, BundledDictionaries.shared(), false);
        } catch (IOException e) {
            throw new ConfigException("cannot read built-in configuration " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * An OpenCC JSON configuration file; its {@code text} dictionaries are read relative to the file's folder
     * (absolute paths as they are), in OpenCC's strict text format.
     */
    public static ChainSpec file(Path config, boolean includeTofuRisk) {
        String json;
        try {
            json = Files.readString(config, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException("configuration file not found: " + config);
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration " + config + ": " + e.getMessage(), e);
        }
        Path dir = config.toAbsolutePath().getParent();
        Map<String, TextDictionary> loaded = new HashMap<>();
        DictionaryResolver resolver = f -> loaded.computeIfAbsent(f,
                name -> DictionaryParser.parse(dir.resolve(name), LineFormat.STRICT));
        return OpenccJsonConfig.parse(json, config.toString(), resolver, includeTofuRisk);
    }
}
