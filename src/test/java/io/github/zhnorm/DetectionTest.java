package io.github.zhnorm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DetectionTest {

    @Test
    void taiwanTraditional() {
        Detection d = Detection.of("這個軟體支援多種語言，我們在網際網路上討論滑鼠和記憶體的問題。");
        assertEquals(Script.TRADITIONAL, d.script());
        assertEquals(DetectedRegion.TW, d.region());
        assertTrue(d.regionConfidence() > 0.5, d.toString());
        assertTrue(d.evidence().taiwanTerms() >= 3, d.toString());
    }

    @Test
    void hongKongTraditional() {
        Detection d = Detection.of("我哋坐的士去銀行，佢唔係咁講，雪櫃裏面冇嘢。");
        assertEquals(Script.TRADITIONAL, d.script());
        assertEquals(DetectedRegion.HK, d.region());
    }

    @Test
    void mainlandSimplified() {
        Detection d = Detection.of("这个软件支持多种语言，我们在互联网上讨论鼠标和内存的问题。");
        assertEquals(Script.SIMPLIFIED, d.script());
        assertEquals(DetectedRegion.CN, d.region());
        assertTrue(d.scriptConfidence() > 0.8, d.toString());
    }

    @Test
    void mixedAndNone() {
        assertEquals(Script.MIXED, Detection.of("这是简体字，這是繁體字。").script());
        Detection none = Detection.of("plain ASCII text");
        assertEquals(Script.NONE, none.script());
        assertEquals(DetectedRegion.UNKNOWN, none.region());
        assertEquals(0, none.evidence().hanCharacters());
    }

    @Test
    void nonBmpIdeographsAreCounted() {
        assertEquals(2, Detection.of("𠀀𪚥").evidence().hanCharacters());
    }
}
