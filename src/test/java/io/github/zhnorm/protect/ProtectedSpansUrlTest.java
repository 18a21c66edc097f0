package io.github.zhnorm.protect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.zhnorm.protect.ProtectedSpansCodeTest.kept;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ProtectedSpansUrlTest {
    private static final ProtectedSpans URLS = ProtectedSpans.of(Protection.URLS);

    private static List<String> urls(String text) {
        return kept(URLS, text);
    }

    @Test
    void schemesAndWww() {
        assertEquals(List.of("http://a.com", "https://b.org/x", "ftp://f.net/p", "file:///tmp/a.txt", "www.c.cn/d"),
                urls("见 http://a.com 和 https://b.org/x ftp://f.net/p file:///tmp/a.txt www.c.cn/d 完"));
        assertEquals(List.of("HTTPS://A.COM/"), urls("x HTTPS://A.COM/ y"));
    }

    @Test
    void chinesePunctuationEndsAUrl() {
        assertEquals(List.of("https://a.com/x"), urls("请看https://a.com/x。然后"));
        assertEquals(List.of("https://a.com/x", "www.b.com"), urls("（https://a.com/x）、www.b.com，好"));
        assertEquals(List.of("http://a.com"), urls("「http://a.com」…"));
        assertEquals(List.of("http://a.com/p"), urls("http://a.com/p\u3000全角空格"));
    }

    @Test
    void trailingAsciiPunctuationIsDropped() {
        assertEquals(List.of("http://a.com/x"), urls("See http://a.com/x. Next"));
        assertEquals(List.of("http://a.com/x?q=1"), urls("at http://a.com/x?q=1, or"));
        assertEquals(List.of("http://a.com"), urls("**http://a.com**!"));
        assertEquals(List.of("http://a.com/"), urls("'http://a.com/'?"));
    }

    @Test
    void percentEncodedQueryAndNonAsciiLetters() {
        assertEquals(List.of("https://zh.wikipedia.org/wiki/%E4%B8%AD%E6%96%87?a=1&b=%E4%BD%A0#top"),
                urls("链接 https://zh.wikipedia.org/wiki/%E4%B8%AD%E6%96%87?a=1&b=%E4%BD%A0#top 结束"));
        assertEquals(List.of("http://例子.com/头发"), urls("头发 http://例子.com/头发 头发"));
    }

    @Test
    void parenthesesBalance() {
        assertEquals(List.of("http://a.com/x"), urls("(see http://a.com/x)"));
        assertEquals(List.of("http://a.com/x_(y)"), urls("(see http://a.com/x_(y))"));
        assertEquals(List.of("https://a.com/b"), urls("[link](https://a.com/b)"));
        assertEquals(List.of("https://a.com/b"), urls("<https://a.com/b>"));
        assertEquals(List.of("http://a.com/p"), urls("<a href=\"http://a.com/p\">"));
    }

    @Test
    void notAUrl() {
        assertEquals(List.of(), urls("http:// 和 www. 和 xhttp://a.com 和 awww.b.com"));
        assertEquals(List.of(), urls("http://。"));
    }
}
