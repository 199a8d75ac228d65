package org.fabrique.coalition;

import java.time.OffsetDateTime;
import java.util.List;
import org.fabrique.common.paging.ListCursor;
import org.fabrique.common.paging.Stamped;

/**
 * What a coalition summary needs of a row, read in one statement with its axes, keywords and
 * member count (the long canvas texts are not read).
 */
public record CoalitionSummaryRow(
        long id,
        int number,
        String slug,
        String title,
        String summary,
        Stage stage,
        boolean sample,
        CoalitionRefRow parent,
        List<Long> axisIds,
        List<String> keywords,
        long memberCount,
        OffsetDateTime updatedAt,
        String lang)
        implements Stamped {

    @Override
    public ListCursor stamp() {
        return new ListCursor(updatedAt, id);
    }
}
