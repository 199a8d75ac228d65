package org.fabrique.common.search;

import java.util.Map;

/**
 * The lists' {@code q} filter in JPQL: the entity's {@code searchVector} (the tsvector kept by the
 * database, migration V16) holds every word of the query, through the SQL function
 * {@code fabrique_matches}, which the planner inlines so that the GIN index answers it; or the
 * folded title holds the words as a substring (trigram index), for what the full-text parser cuts.
 */
public final class SearchTerms {
    public static final String PARAMETER = "searchQuery";
    public static final String PATTERN = "searchPattern";

    private SearchTerms() {}

    /**
     * e.g. {@code (function('fabrique_matches', c.searchVector, :searchQuery) = true or
     * cast(function('fabrique_fold', c.title) as String) like :searchPattern)}
     */
    public static String matches(String alias, String titleAttribute) {
        return "(function('fabrique_matches', " + alias + ".searchVector, :" + PARAMETER + ") = true"
                + " or cast(function('fabrique_fold', " + alias + "." + titleAttribute + ") as String) like :"
                + PATTERN + ")";
    }

    /** Binds the query; false when it holds no word (then the filter is left out). */
    public static boolean bind(Map<String, Object> params, String text) {
        SearchQuery query = SearchQuery.of(text);
        if (query.isEmpty()) {
            return false;
        }
        params.put(PARAMETER, query.tsQuery());
        params.put(PATTERN, query.titlePattern());
        return true;
    }
}
