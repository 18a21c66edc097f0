package io.github.zhnorm;

import io.github.zhnorm.terms.Domain;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The regional targets: vocabulary, guards against over-conversion, artifacts, idempotence. */
class TargetTest {
    private static String cn(String s) {
        return Converter.to(Target.CN).convert(s);
    }

    private static String tw(String s) {
        return Converter.to(Target.TW).convert(s);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "網際網路, 互联网",
        "軟體, 软件",
        "記憶體, 内存",
        "滑鼠, 鼠标",
        "計程車, 出租车",
        "的士, 出租车",
        "雪櫃, 冰箱",
        "紐西蘭和義大利, 新西兰和意大利",
        "歐巴馬, 奥巴马",
    })
    void regionalVocabularyBecomesMainland(String regional, String mainland) {
        assertEquals(mainland, cn(regional));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "生產線上的工人, 生产线上的工人",
        "我們在線上開會, 我们在线上开会",
        "建立, 建立",
        "互動, 互动",
        "核心, 核心",
        "即時, 即时",
        "個人資料, 个人资料",
        "電影影片, 电影影片",
        "救災部隊前往支援, 救灾部队前往支援",
        "這個軟體支援多種語言, 这个软件支持多种语言",
        "文件夾, 文件夹",
        "方程式, 方程式",
    })
    void guardsKeepWordsThatAreAlreadyRight(String input, String expected) {
        assertEquals(expected, cn(input));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "指明瞭方向, 指明了方向",
        "線上上, 在线上",
        "微網志, 微博",
        "産品, 产品",
        "甚麼, 什么",
        "妳好, 你好",
        "牠們, 它们",
        "看著他, 看着他",
        "著手, 着手",
        "隨著時間, 随着时间",
        "著作, 著作",
        "著名, 著名",
        "顯著, 显著",
        "裏面和裡面, 里面和里面",
        "綫衞峯啓爲羣, 线卫峰启为群",
    })
    void machineConversionArtifactsAreRepaired(String input, String expected) {
        assertEquals(expected, cn(input));
    }

    @Test
    void artifactsAreRepairedInsideSimplifiedText() {
        assertEquals("这为我们指明了方向。", cn("这为我们指明瞭方向。"));
    }

    @Test
    void mainlandTextPassesUnchanged() {
        String mainland = "我们在线上开会，讨论软件和互联网的发展。这部影片很好看，显著提高了收视率。";
        assertSame(mainland, cn(mainland));
    }

    @Test
    void taiwanTextPassesUnchangedToTaiwan() {
        String taiwan = "我們在線上開會，討論軟體和網際網路的發展。這個台灣的貪污案件很著名。";
        assertSame(taiwan, tw(taiwan));
    }

    @Test
    void mainlandBecomesTaiwan() {
        assertEquals("新西蘭", Converter.of("s2t").convert("新西兰"));
        assertEquals("紐西蘭和義大利", tw("新西兰和意大利"));
        assertEquals("軟體", tw("软件"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "花椰菜很好吃, 花椰菜很好吃",   // 椰菜 (Hong Kong cabbage) must not fire inside 花椰菜
        "椰菜花, 花菜",
    })
    void regionalKeysDoNotFireInsideMainlandWords(String input, String expected) {
        assertEquals(expected, cn(input));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "核發死亡證明書, 核发死亡证明书",   // Hong Kong 死亡證 takes in 明, not 死亡证明明书
        "大學橄欖球隊, 大学橄榄球队",       // Hong Kong 欖球 must not fire inside 橄欖球
        "歸檔案件, 归档案件",
        "招標案號, 招标案号",
        "邊框線條, 边框线条",
        "商業試算表格式, 商业电子表格格式",
        "卡達爾當政時, 卡达尔当政时",
    })
    void noCharacterIsDoubledTowardTheMainland(String input, String expected) {
        assertEquals(expected, cn(input));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "生意面临困难, 生意面臨困難",   // the script step alone reads 意面 (pasta): 生意麵臨
        "三百人参加考试, 三百人參加考試", // and 人参 (ginseng): 人蔘加
        "吃人参, 吃人蔘",
        "马里和马里兰州, 馬利和馬里蘭州",
        "法律程序, 法律程序",
        "项目经理, 專案經理",
        "跑了100米, 跑了100公尺",
        "重5克, 重5公克",
        "5克拉钻石, 5克拉鑽石",
        "百米赛跑, 百米賽跑",
        "吃米饭, 吃米飯",
        "落在出租车上, 落在計程車上",   // OpenCC's phrase 在出 must not hide 出租车
        "用户主目录, 使用者主目錄",
    })
    void towardTaiwanVocabularyAndGuards(String input, String expected) {
        assertEquals(expected, tw(input));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "以太网络, 乙太網路",     // not 乙太網路絡: the term takes in the character its Taiwan word ends with
        "以太网路, 乙太網路",
        "互联网络, 網際網路",
        "虚拟机器, 虛擬機器",
        "对数回归方程式, 對數迴歸方程式",
        "快闪存储器, 快閃記憶體",
        "海内存知己, 海內存知己",
        "函数名称, 函式名稱",
    })
    void noCharacterIsDoubled(String input, String expected) {
        assertEquals(expected, tw(input));
    }

    @Test
    void aKnownSourceUsesOnlyThatRegionsTermMaps() {
        // Hong Kong 的士 / Taiwan 計程車: with both maps (source unknown) both become 出租车
        assertEquals("出租车和出租车", cn("的士和計程車"));
        assertEquals("的士和出租车", Converter.to(Target.CN, DetectedRegion.TW).convert("的士和計程車"));
        assertEquals("出租车和计程车", Converter.to(Target.CN, DetectedRegion.HK).convert("的士和計程車"));
        assertSame(Converter.to(Target.CN), Converter.to(Target.CN, DetectedRegion.UNKNOWN));
        assertSame(Converter.to(Target.TW), Converter.to(Target.TW, DetectedRegion.HK));
        assertEquals("cn (from tw)", Converter.to(Target.CN, DetectedRegion.TW).name());
    }

    @Test
    void convertingTwiceEqualsConvertingOnce() {
        String mixed = "他在軟體公司上班，用滑鼠寫程式。我们在线上开会。看著線上上的微網志，指明瞭方向。";
        for (Target t : Target.values()) {
            Converter c = Converter.to(t);
            String once = c.convert(mixed);
            assertEquals(once, c.convert(once), t.id());
        }
    }

    @Test
    void domainsCanBeSwitchedOff() {
        Converter noNames = Converter.forTarget(Target.CN).withoutDomain(Domain.NAMES).build();
        assertEquals("欧巴马", noNames.convert("歐巴馬"));
        assertEquals("奥巴马", cn("歐巴馬"));
        Converter charsOnly = Converter.forTarget(Target.CN).charactersOnly().build();
        assertEquals("软体", charsOnly.convert("軟體"));
    }

    @Test
    void scriptOnlyTargets() {
        assertEquals("软体和网际网路", Converter.to(Target.HANS).convert("軟體和網際網路"));
        assertEquals("軟件和頭髮", Converter.to(Target.HANT).convert("软件和头发"));
        String simplified = "头发很长";
        assertSame(simplified, Converter.to(Target.HANS).convert(simplified));
    }

    @Test
    void explainNamesTheDomain() {
        var r = Converter.to(Target.CN).explain("歐巴馬").get(0);
        assertEquals("歐巴馬", r.source());
        assertEquals("奥巴马", r.result());
        assertEquals("terms/tw-cn/names.txt (tw-cn, names)", r.dictionary());
        var toTaiwan = Converter.to(Target.TW).explain("程序员用富士施乐").stream()
                .map(x -> x.source() + " " + x.result() + " " + x.dictionary()).toList();
        assertEquals(List.of("程序员 程式設計師 terms/cn-tw/it.txt (cn-tw, it)",
                "富士施乐 富士全錄 terms/tw-cn/companies.txt (tw-cn reversed, companies)"), toTaiwan);
    }
}
