package io.github.zhnorm.terms;

import io.github.zhnorm.dict.DictionaryFormatException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads term maps ({@code REGIONAL<TAB>MAINLAND}, {@code # @flags: oneway trad-only}) and guard files (one word a
 * line). See dictionaries/terms/README.md. Malformed lines fail with file and line.
 */
public final class TermMapReader {
    private TermMapReader() {
    }

    public static List<TermEntry> readMap(InputStream in, String source, Region region, Domain domain)
            throws IOException {
        List<TermEntry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        boolean oneway = false;
        boolean tradOnly = false;
        int lineNo = 0;
        for (String line : lines(in, source)) {
            lineNo++;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                String body = line.substring(1).trim();
                if (body.startsWith("@flags:")) {
                    oneway = false;
                    tradOnly = false;
                    for (String flag : body.substring("@flags:".length()).trim().split("\\s+")) {
                        switch (flag) {
                            case "oneway" -> oneway = true;
                            case "trad-only" -> tradOnly = true;
                            case "none", "" -> { }
                            default -> throw error(source, lineNo, "unknown flag '" + flag
                                    + "' (oneway, trad-only, none)");
                        }
                    }
                } else if (body.startsWith("@")) {
                    throw error(source, lineNo, "unknown annotation '" + body + "' (only @flags:)");
                }
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                throw error(source, lineNo, "expected REGIONAL<TAB>MAINLAND");
            }
            if (line.indexOf('\t', tab + 1) >= 0) {
                throw error(source, lineNo, "more than one TAB");
            }
            String key = line.substring(0, tab);
            String value = line.substring(tab + 1);
            if (!key.equals(key.strip()) || !value.equals(value.strip())) {
                throw error(source, lineNo, "leading or trailing space");
            }
            if (!keys.add(key)) {
                throw error(source, lineNo, "duplicate key '" + key + "'");
            }
            entries.add(new TermEntry(key, value, oneway, tradOnly, region, domain, source + ":" + lineNo));
        }
        return entries;
    }

    public static List<String> readGuards(InputStream in, String source) throws IOException {
        List<String> words = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines(in, source)) {
            lineNo++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.indexOf('\t') >= 0 || !line.equals(line.strip())) {
                throw error(source, lineNo, "a guard line is one word, without TAB or surrounding space");
            }
            words.add(line);
        }
        return words;
    }

    private static List<String> lines(InputStream in, String source) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (lines.isEmpty() && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                lines.add(line);
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new DictionaryFormatException(source + ": not valid UTF-8", e);
        }
        return lines;
    }

    private static DictionaryFormatException error(String source, int line, String problem) {
        return new DictionaryFormatException(source + ":" + line + ": " + problem);
    }
}
