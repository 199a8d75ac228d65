package org.fabrique.common.search;

import java.util.List;
import org.fabrique.common.text.TextNormalizer;

/**
 * Builds the portable (PostgreSQL and H2) JPQL condition of the lists' {@code q} filter: every
 * folded term must occur in the folded search text. (The cross-feature search uses the in-memory
 * index of the {@code search} feature, with the same meaning.)
 */
public final class SearchTerms {
    private SearchTerms() {}

    /** e.g. "e.searchText like :t0 escape '\' and e.searchText like :t1 escape '\'" */
    public static String allIn(String column, List<String> terms) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) {
                sb.append(" and ");
            }
            sb.append(column).append(" like :t").append(i).append(" escape '\\'");
        }
        return sb.toString();
    }

    /** The LIKE pattern bound to parameter {@code t<i>}. */
    public static String pattern(String term) {
        return "%" + TextNormalizer.likeLiteral(term) + "%";
    }
}
