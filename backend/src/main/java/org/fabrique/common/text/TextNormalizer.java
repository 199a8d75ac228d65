package org.fabrique.common.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for search: lower case, no accents, single spaces. "Éthiques" becomes "ethiques". */
public final class TextNormalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}#]+");

    private TextNormalizer() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        stripped = stripped.replace("œ", "oe")
                .replace("æ", "ae")
                .replace("Œ", "oe")
                .replace("Æ", "ae");
        return NON_WORD.matcher(stripped.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .trim();
    }

    /** Folds each part and joins them with spaces, skipping empty ones, clipped to {@code max}. */
    public static String foldAll(int max, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            String folded = fold(part);
            if (!folded.isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(folded);
            }
        }
        return sb.length() > max ? sb.substring(0, max) : sb.toString();
    }

    /** The words of a query, folded; duplicates removed. */
    public static List<String> terms(String query) {
        String folded = fold(query);
        if (folded.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(folded.split(" ")).distinct().limit(8).toList();
    }

    /** Escapes LIKE wildcards so user input matches literally (escape character is '\'). */
    public static String likeLiteral(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
