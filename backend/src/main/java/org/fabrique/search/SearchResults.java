package org.fabrique.search;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.search.SearchHit;

/** One page of search results across every searchable type. */
@Schema(name = "SearchResults")
public record SearchResults(
        @Schema(examples = "ethique") String query,

        @Schema(description = "Hits whose title holds every word first, then the most relevant")
        List<SearchHit> items,

        @Schema(examples = "0") int page,
        @Schema(examples = "20") int size,
        @Schema(examples = "3") long totalItems,
        @Schema(examples = "1") int totalPages,

        @Schema(
                description = "Number of matches per type searched (coalition, note, actor, person, event,"
                        + " testimony, territory, resource, initiative)")
        Map<String, Long> counts,

        @Schema(
                description = "True when no record holds the words and the items are titles close to them"
                        + " (a misspelling, for instance)")
        boolean approximate) {

    /** The same results, answering the query as the person typed it. */
    SearchResults forQuery(String typed) {
        return new SearchResults(typed, items, page, size, totalItems, totalPages, counts, approximate);
    }
}
