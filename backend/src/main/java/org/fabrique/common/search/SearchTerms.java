package org.fabrique.common.search;

import java.util.Map;

/**
 * The lists' {@code q} filter in JPQL: the entity's {@code searchVector} (the tsvector kept by the
 * database, migration V16) holds every word of the query, through the SQL function
 * {@code fabrique_matches}, which the planner inlines so that the GIN index answers it.
 */
public final class SearchTerms {
    public static final String PARAMETER = "searchQuery";

    private SearchTerms() {}

    /** e.g. {@code function('fabrique_matches', c.searchVector, :searchQuery) = true} */
    public static String matches(String alias) {
        return "function('fabrique_matches', " + alias + ".searchVector, :" + PARAMETER + ") = true";
    }

    /** Binds the query's text; false when the query holds no word (then the filter is left out). */
    public static boolean bind(Map<String, Object> params, String text) {
        SearchQuery query = SearchQuery.of(text);
        if (query.isEmpty()) {
            return false;
        }
        params.put(PARAMETER, query.tsQuery());
        return true;
    }
}
