package io.github.zhnorm;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Properties over random text: never throws, ASCII untouched, streaming equals whole-string, surrogates kept. */
class ConverterPropertyTest {
    private static final String FREQUENT = "发头干后里面台着了么为这个们说国时会东西书车长门问间见开关学习网络软件"
            + "發頭乾後裡麵臺著瞭麼為這個們說國時會東書車長門問間見開關學習網路軟體線上資料的一是不人在有我他";
    private static final String OTHER = " \n\r\t.,;:!?\"'()[]{}<>-_=+*/\\。，、；：？！「」『』（）《》—…·";

    static String randomText(Random r, int length) {
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            int kind = r.nextInt(100);
            if (kind < 35) {
                sb.append(FREQUENT.charAt(r.nextInt(FREQUENT.length())));
            } else if (kind < 55) {
                sb.append((char) (0x4E00 + r.nextInt(0x9FFF - 0x4E00)));
            } else if (kind < 70) {
                sb.append((char) (0x20 + r.nextInt(0x5F)));
            } else if (kind < 80) {
                sb.append(OTHER.charAt(r.nextInt(OTHER.length())));
            } else if (kind < 86) {
                sb.appendCodePoint(0x20000 + r.nextInt(0xA6DF)); // CJK Ext. B
            } else if (kind < 89) {
                sb.appendCodePoint(0x1F600 + r.nextInt(0x40)); // emoji
            } else if (kind < 92) {
                sb.append((char) (r.nextBoolean() ? 0xD800 + r.nextInt(0x400) : 0xDC00 + r.nextInt(0x400)));
            } else if (kind < 94) {
                sb.append((char) (0x2FF0 + r.nextInt(12))); // ideographic description characters
            } else if (kind < 97) {
                sb.append((char) (0xF900 + r.nextInt(0x16A))); // CJK compatibility ideographs
            } else {
                sb.append((char) (0x3040 + r.nextInt(0x60))); // kana
            }
        }
        return sb.toString();
    }

    private static int loneSurrogates(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void randomTextNeverThrowsKeepsLoneSurrogatesAndStreamsIdentically() throws IOException {
        Random r = new Random(20261129);
        for (OpenccConfig config : OpenccConfig.values()) {
            Converter c = Converter.of(config);
            for (int round = 0; round < 25; round++) {
                String text = randomText(r, 1 + r.nextInt(3000));
                String whole = c.convert(text);
                assertEquals(loneSurrogates(text), loneSurrogates(whole), config.id());
                StringWriter out = new StringWriter();
                c.convert(new StringReader(text), out, 2 + r.nextInt(300));
                assertEquals(whole, out.toString(), config.id() + " round " + round);
            }
        }
    }

    @Test
    void asciiIsNeverChanged() {
        Random r = new Random(7);
        for (OpenccConfig config : OpenccConfig.values()) {
            for (int round = 0; round < 20; round++) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0, n = r.nextInt(500); i < n; i++) {
                    sb.append((char) r.nextInt(128));
                }
                String ascii = sb.toString();
                assertSame(ascii, Converter.of(config).convert(ascii), config.id());
            }
        }
    }

    @Test
    void streamingAcrossEveryCutOfAShortPhraseText() throws IOException {
        // Cuts at every buffer size around phrase boundaries: 头发 / 发展 / 理发 must never be split.
        String text = "理发店的头发，经济发展。理发头发发展";
        Converter c = Converter.of("s2t");
        for (int buf = 2; buf <= text.length() + 1; buf++) {
            StringWriter out = new StringWriter();
            c.convert(new StringReader(text), out, buf);
            assertEquals(c.convert(text), out.toString(), "buffer " + buf);
        }
    }
}
