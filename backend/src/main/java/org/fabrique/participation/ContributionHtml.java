package org.fabrique.participation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Sanitises the HTML of public bodies with jsoup's {@link Safelist}: only {@code a[href,title]
 * abbr[title] acronym[title] b blockquote[cite] cite code del[datetime] em i q[cite] s strike
 * strong} stay, with their listed attributes; every other tag is removed (its text is kept,
 * the content of scripts and styles is dropped); links only with http, https or mailto, each
 * given {@code rel="nofollow ugc noopener"}. Entities are decoded before URLs are checked.
 */
public final class ContributionHtml {
    public static final String REL = "nofollow ugc noopener";
    private static final Pattern BARE_URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Safelist SAFELIST = new Safelist()
            .addTags(
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
            .addAttributes("a", "href", "title")
            .addAttributes("abbr", "title")
            .addAttributes("acronym", "title")
            .addAttributes("blockquote", "cite")
            .addAttributes("del", "datetime")
            .addAttributes("q", "cite")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("blockquote", "cite", "http", "https")
            .addProtocols("q", "cite", "http", "https")
            .addEnforcedAttribute("a", "rel", REL);
    private static final Document.OutputSettings OUTPUT =
            new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

    private ContributionHtml() {}

    /** The body with only the allowed HTML left. */
    public static String clean(String html) {
        return html == null ? "" : Jsoup.clean(html, "", SAFELIST, OUTPUT).trim();
    }

    /** The visible text of a (sanitised or raw) body. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text().trim();
    }

    /** Links in a raw body: anchors with an href plus bare URLs in its text. */
    public static int countLinks(String html) {
        if (html == null || html.isBlank()) {
            return 0;
        }
        Document doc = Jsoup.parse(html);
        int anchors = doc.select("a[href]").size();
        Matcher bare = BARE_URL.matcher(doc.text());
        int urls = 0;
        while (bare.find()) {
            urls++;
        }
        return anchors + urls;
    }
}
