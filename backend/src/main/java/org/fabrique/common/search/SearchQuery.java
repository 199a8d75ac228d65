package org.fabrique.common.search;

import java.util.List;
import java.util.stream.Collectors;
import org.fabrique.common.text.TextNormalizer;

/**
 * What a person typed, as PostgreSQL full-text search reads it: the folded words (lower case, no
 * accents, at most 8), each a prefix ("ethiq" finds "éthiques"), every one required. The texts
 * are passed to {@code to_tsquery('fabrique_fr', …)}, which stems each word as it stems documents.
 */
public record SearchQuery(List<String> terms) {
    public SearchQuery {
        terms = List.copyOf(terms);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(TextNormalizer.terms(text).stream()
                .map(term -> term.replace("#", ""))
                .filter(term -> !term.isEmpty())
                .distinct()
                .toList());
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The words joined by spaces, as typed but folded: what trigram similarity compares. */
    public String text() {
        return String.join(" ", terms);
    }

    /**
     * A LIKE pattern for the folded title ({@code fabrique_fold(title)}): the words in the order
     * typed, anything between them. What full-text search cannot find, such as a code the parser
     * reads as a negative number ("name-12345678" gives the lexeme "-12345678"), is found in the
     * title, which a trigram index answers, whatever punctuation the title has between the words
     * ("bob name-12345678" is typed, the terms are "bob", "name", "12345678").
     */
    public String titlePattern() {
        return "%" + String.join("%", terms) + "%";
    }

    /** e.g. {@code 'ethique':* & 'numerique':*} */
    public String tsQuery() {
        return join(":*");
    }

    /** The same, matching only lexemes of weight A (titles and names). */
    public String titleTsQuery() {
        return join(":*A");
    }

    private String join(String suffix) {
        // Folded terms hold letters and digits only: nothing to escape inside the quotes.
        return terms.stream().map(term -> "'" + term + "'" + suffix).collect(Collectors.joining(" & "));
    }
}
