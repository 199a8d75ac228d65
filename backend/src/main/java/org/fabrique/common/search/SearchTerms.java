package org.fabrique.common.search;

import java.util.List;
import org.fabrique.common.text.TextNormalizer;

/**
 * Builds the portable (PostgreSQL and H2) JPQL condition for a search: every folded term must
 * occur in the folded search text; a title match is every term in the folded title.
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

    /** True when every term occurs in the folded title. */
    public static boolean titleMatch(String foldedTitle, List<String> terms) {
        for (String term : terms) {
            if (!foldedTitle.contains(term)) {
                return false;
            }
        }
        return true;
    }
}
