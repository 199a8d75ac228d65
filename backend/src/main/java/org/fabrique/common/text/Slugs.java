package org.fabrique.common.text;

import java.util.regex.Pattern;

/** URL slugs: lower case ASCII words joined by dashes. */
public final class Slugs {
    public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    private static final Pattern SPACES = Pattern.compile(" +");

    private Slugs() {}

    public static String slugify(String text, int maxLength) {
        String folded = TextNormalizer.fold(text).replace("#", "");
        String slug = SPACES.matcher(folded.trim()).replaceAll("-");
        if (slug.length() > maxLength) {
            slug = slug.substring(0, maxLength);
            slug = slug.replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "item" : slug;
    }
}
