package org.fabrique.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The comment sanitiser against a corpus of XSS payloads, and what it keeps. */
class ContributionHtmlTest {
    static List<String> xssCorpus() {
        return List.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=http://evil.example/xss.js></SCRIPT>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<style>body{background:url(javascript:alert(1))}</style>",
                "<img src=x onerror=alert(1)>",
                "<b onmouseover=alert(1)>bold</b>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
                "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
                "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
                "<a href=\" javascript:alert(1)\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<a href=\"//evil.example\">protocol-relative</a>",
                "<q cite=\"javascript:alert(1)\">q</q>",
                "<blockquote cite=\"data:text/html,x\">b</blockquote>",
                "<svg onload=alert(1)><circle r=10 /></svg>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<form action=javascript:alert(1)><input type=submit></form>",
                "<body onload=alert(1)>",
                "<div style=\"background:url(javascript:alert(1))\">d</div>",
                "<em style=\"x:expression(alert(1))\">e</em>",
                "<b><i><strong>unclosed <a href=\"http://ok.example\" onclick=alert(1)>link",
                "<<script>alert(1)//<</script>",
                "<img src=\"x\" alt=\"\"onerror=\"alert(1)\">",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "<a href=\"http://ok.example\" title=\"x\" onfocus=\"alert(1)\" autofocus>ok</a>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<link rel=stylesheet href=\"javascript:alert(1)\">",
                "<base href=\"javascript:alert(1)//\">",
                "<a href=\"mailto:x@example.org\" rel=\"opener\" target=\"_blank\">m</a>",
                "<abbr title=\"&quot; onmouseover=&quot;alert(1)\">A</abbr>",
                "<del datetime=\"2024\" onclick=alert(1)>d</del>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<template><script>alert(1)</script></template>",
                "\u003cscript\u003ealert(1)\u003c/script\u003e",
                "<a href=\"https://ok.example\"><script>alert(1)</script></a>");
    }

    @ParameterizedTest
    @MethodSource("xssCorpus")
    void nothingExecutableSurvives(String payload) {
        String clean = ContributionHtml.clean(payload);
        var doc = Jsoup.parseBodyFragment(clean);
        for (Element e : doc.body().getAllElements()) {
            if (e == doc.body()) {
                continue;
            }
            assertTrue(
                    List.of(
                                    "a",
                                    "abbr",
                                    "acronym",
                                    "b",
                                    "blockquote",
                                    "cite",
                                    "code",
                                    "del",
                                    "em",
                                    "i",
                                    "q",
                                    "s",
                                    "strike",
                                    "strong")
                            .contains(e.tagName()),
                    "tag " + e.tagName() + " survived in " + clean);
            e.attributes().forEach(a -> {
                assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), "handler survived: " + clean);
                assertFalse(a.getKey().equalsIgnoreCase("style"), "style survived: " + clean);
                if (a.getKey().equals("href") || a.getKey().equals("cite")) {
                    String url = a.getValue().trim().toLowerCase(Locale.ROOT);
                    assertTrue(
                            url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:"),
                            "unsafe url survived: " + clean);
                }
            });
            if (e.tagName().equals("a")) {
                assertEquals(ContributionHtml.REL, e.attr("rel"), clean);
                assertFalse(e.hasAttr("target"), clean);
            }
        }
        String lower = clean.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), clean);
        assertFalse(lower.contains("javascript:") && lower.contains("href=\"javascript"), clean);
    }

    @Test
    void keepsTheAllowedTagsAndAttributes() {
        String html = "<b>b</b> <i>i</i> <em>e</em> <strong>s</strong> <s>x</s> <strike>y</strike> <code>c</code>"
                + " <cite>ci</cite> <abbr title=\"Tech\">T</abbr> <acronym title=\"A\">A</acronym>"
                + " <del datetime=\"2024-05-01\">d</del> <q cite=\"https://q.example\">q</q>"
                + " <blockquote cite=\"https://b.example\">bq</blockquote>"
                + " <a href=\"https://ok.example/p?a=1\" title=\"t\">l</a> <a href=\"mailto:a@example.org\">m</a>";
        String clean = ContributionHtml.clean(html);
        assertTrue(clean.contains("<b>b</b>"), clean);
        assertTrue(clean.contains("<abbr title=\"Tech\">T</abbr>"), clean);
        assertTrue(clean.contains("<del datetime=\"2024-05-01\">d</del>"), clean);
        assertTrue(clean.contains("<q cite=\"https://q.example\">q</q>"), clean);
        assertTrue(clean.contains("<blockquote cite=\"https://b.example\">bq</blockquote>"), clean);
        assertTrue(
                clean.contains("<a href=\"https://ok.example/p?a=1\" title=\"t\" rel=\"nofollow ugc noopener\">l</a>"),
                clean);
        assertTrue(clean.contains("<a href=\"mailto:a@example.org\" rel=\"nofollow ugc noopener\">m</a>"), clean);
    }

    @Test
    void removesOtherTagsWithoutEscapedJunk() {
        assertEquals("Hello world", ContributionHtml.clean("<p>Hello <span>world</span></p>"));
        assertEquals("", ContributionHtml.clean("<script>alert(1)</script>"));
        assertEquals("x", ContributionHtml.clean("x<style>p{}</style>"));
    }

    @Test
    void countsAnchorsAndBareUrls() {
        assertEquals(
                3,
                ContributionHtml.countLinks(
                        "<a href=\"http://a.example\">a</a> see https://b.example and www.c.example"));
        assertEquals(0, ContributionHtml.countLinks("no links here"));
    }
}
