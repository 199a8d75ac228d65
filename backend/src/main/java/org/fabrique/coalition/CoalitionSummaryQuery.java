package org.fabrique.coalition;

import java.util.List;
import java.util.Set;
import org.fabrique.common.paging.UpdatedSince;

/**
 * The coalition list's filters as ids and values the SQL can use (slugs already resolved), and its
 * order; a record, so that it also keys the cached count of its rows.
 */
record CoalitionSummaryQuery(
        Long axisId,
        Set<Long> territoryIds,
        Long parentId,
        Stage stage,
        String keyword,
        String tsQuery,
        String titlePattern,
        String sort,
        boolean descending,
        UpdatedSince since) {

    /** Orders allowed by the list ({@code sort}), each with the number as a tie-break. */
    static final List<String> SORTS = List.of("number", "title", "stage", "updatedAt");

    /** The same filters without the order: what the count depends on. */
    CoalitionSummaryQuery unordered() {
        return new CoalitionSummaryQuery(
                axisId, territoryIds, parentId, stage, keyword, tsQuery, titlePattern, null, false, since);
    }
}
