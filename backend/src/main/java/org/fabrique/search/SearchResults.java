package org.fabrique.search;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.search.SearchHit;

/** One page of search results across coalitions, notes, actors and events. */
@Schema(name = "SearchResults")
public record SearchResults(
        @Schema(examples = "ethique") String query,

        @Schema(description = "Hits whose title holds every term come first, then the others, grouped by type")
        List<SearchHit> items,

        @Schema(examples = "0") int page,
        @Schema(examples = "20") int size,
        @Schema(examples = "3") long totalItems,
        @Schema(examples = "1") int totalPages,

        @Schema(description = "Number of matches per type (coalition, note, actor, event)")
        Map<String, Long> counts) {}
