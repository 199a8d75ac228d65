package org.fabrique.common.text;

/** Short texts cut from longer ones: excerpts and search snippets. */
public final class Snippets {
    private Snippets() {}

    /** The text on one line, clipped on a word boundary to at most {@code max} characters (with "…"). */
    public static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ").trim();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }

    /**
     * A snippet as HTML: the text escaped, on one line, and each match (between the {@code start}
     * and {@code stop} markers) inside {@code <mark>}. Null stays null.
     */
    public static String highlighted(String text, char start, char stop) {
        if (text == null) {
            return null;
        }
        StringBuilder html = new StringBuilder(text.length() + 32);
        boolean open = false;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = html.length() > 0;
                continue;
            }
            if (space) {
                html.append(' ');
                space = false;
            }
            if (c == start && !open) {
                html.append("<mark>");
                open = true;
            } else if (c == stop && open) {
                html.append("</mark>");
                open = false;
            } else if (c != start && c != stop) {
                switch (c) {
                    case '&' -> html.append("&amp;");
                    case '<' -> html.append("&lt;");
                    case '>' -> html.append("&gt;");
                    case '"' -> html.append("&quot;");
                    case '\'' -> html.append("&#39;");
                    default -> html.append(c);
                }
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }
}
