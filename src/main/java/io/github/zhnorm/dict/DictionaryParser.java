package io.github.zhnorm.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads OpenCC text dictionaries. Malformed lines fail with the source name and line number. */
public final class DictionaryParser {
    private DictionaryParser() {
    }

    public static TextDictionary parse(Path file, LineFormat format) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString(), format);
        } catch (NoSuchFileException e) {
            throw new DictionaryFormatException("dictionary file not found: " + file);
        } catch (IOException e) {
            throw new DictionaryFormatException("cannot read dictionary " + file + ": " + e.getMessage(), e);
        }
    }

    public static TextDictionary parse(InputStream in, String source, LineFormat format) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            return parse(reader, source, format);
        } catch (CharacterCodingException e) {
            throw new DictionaryFormatException(source + ": not valid UTF-8", e);
        }
    }

    public static TextDictionary parse(Reader reader, String source, LineFormat format) throws IOException {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String line;
        int lineNo = 0;
        while ((line = br.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (format == LineFormat.BUNDLED) {
                line = stripTrailingCr(line);
            }
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            parseLine(line, source, lineNo, format, entries);
        }
        return TextDictionary.of(source, entries);
    }

    private static void parseLine(String line, String source, int lineNo, LineFormat format,
                                  Map<String, List<String>> entries) {
        int sep = line.indexOf('\t');
        if (sep < 0 && format == LineFormat.BUNDLED) {
            sep = line.indexOf(' ');
        }
        if (sep < 0) {
            throw DictionaryFormatException.atLine(source, lineNo, "expected key<TAB>value, found no TAB");
        }
        String key = line.substring(0, sep);
        String rest = line.substring(sep + 1);
        if (key.isEmpty()) {
            throw DictionaryFormatException.atLine(source, lineNo, "empty key");
        }
        if (format == LineFormat.STRICT && rest.indexOf('\t') >= 0) {
            throw DictionaryFormatException.atLine(source, lineNo, "more than one TAB");
        }
        checkWellFormed(key, source, lineNo);
        List<String> values = new ArrayList<>(2);
        for (String v : (format == LineFormat.BUNDLED ? rest.trim() : rest).split(" ", -1)) {
            if (v.isEmpty()) {
                if (format == LineFormat.BUNDLED) {
                    continue;
                }
                throw DictionaryFormatException.atLine(source, lineNo, "empty value (stray space?)");
            }
            checkWellFormed(v, source, lineNo);
            values.add(v);
        }
        if (values.isEmpty()) {
            throw DictionaryFormatException.atLine(source, lineNo, "key '" + key + "' has no value");
        }
        entries.putIfAbsent(key, values);
    }

    /** Keys and values must be whole code points: a lone surrogate would let a match split a pair. */
    private static void checkWellFormed(String s, String source, int lineNo) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw DictionaryFormatException.atLine(source, lineNo, "unpaired surrogate in '" + s + "'");
            } else if (c == '\r' || c == '\n') {
                throw DictionaryFormatException.atLine(source, lineNo, "line break inside an entry");
            }
        }
    }

    private static String stripTrailingCr(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        return end == line.length() ? line : line.substring(0, end);
    }
}
