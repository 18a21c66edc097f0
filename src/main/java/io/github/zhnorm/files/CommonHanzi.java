package io.github.zhnorm.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * How common a Chinese character is, in two tiers. The <em>common</em> ones are about the 1500 most frequent
 * Simplified characters and their Traditional forms (our own list, {@code common-hanzi.txt}), and the usual full-width
 * punctuation. The <em>frequent</em> ones are the first level of the two national standards: the 3755 characters of
 * GB2312 level 1 and the 5401 of Big5's frequent block, about 6700 together. A right decoding of Chinese text is
 * mostly made of common characters and almost only of frequent ones; a wrong decoding is not.
 */
final class CommonHanzi {
    private static final String RESOURCE = "/zhnorm/files/common-hanzi.txt";
    private static final String PUNCTUATION = "，。、；：？！「」『』（）《》〈〉“”‘’—…·【】";
    private static final BitSet COMMON = load();
    private static final BitSet FREQUENT = levelOne();

    private CommonHanzi() {
    }

    static boolean isCommon(int codePoint) {
        return codePoint >= 0 && COMMON.get(codePoint);
    }

    static boolean isFrequent(int codePoint) {
        return codePoint >= 0 && FREQUENT.get(codePoint);
    }

    private static BitSet load() {
        BitSet set = new BitSet();
        PUNCTUATION.codePoints().forEach(set::set);
        try (InputStream in = CommonHanzi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    line.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(set::set);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }

    /** GB2312 level 1 (rows 0xB0-0xD7) and Big5's frequent characters (0xA440-0xC67E), read from the JDK's tables. */
    private static BitSet levelOne() {
        BitSet set = new BitSet();
        addRange(set, Charset.forName("GB2312"), 0xB0, 0xD7, 0xA1, 0xFE);
        Charset big5 = Charset.forName("Big5");
        addRange(set, big5, 0xA4, 0xC5, 0x40, 0x7E);
        addRange(set, big5, 0xA4, 0xC5, 0xA1, 0xFE);
        addRange(set, big5, 0xC6, 0xC6, 0x40, 0x7E);
        return set;
    }

    private static void addRange(BitSet set, Charset charset, int leadFrom, int leadTo, int trailFrom, int trailTo) {
        for (int lead = leadFrom; lead <= leadTo; lead++) {
            for (int trail = trailFrom; trail <= trailTo; trail++) {
                String s = new String(new byte[] {(byte) lead, (byte) trail}, charset);
                if (s.length() == 1 && Character.isIdeographic(s.charAt(0))) {
                    set.set(s.charAt(0));
                }
            }
        }
    }
}
