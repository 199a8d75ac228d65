package org.fabrique.common.search;

import java.time.Instant;

/**
 * One row as the search index sees it: what a hit shows (slug, title, excerpt), the folded texts
 * it is matched on (as {@code TextNormalizer.fold} wrote them to {@code search_title} and
 * {@code search_text}), and the key that orders the feature's hits ({@link SortKeys}).
 *
 * @param searchable false for rows the public may not find (a draft note): they are counted but
 *     never matched, and their other fields may be null
 */
public record SearchDocument(
        long id,
        Instant updatedAt,
        boolean searchable,
        String slug,
        String title,
        String excerpt,
        String foldedTitle,
        String foldedText,
        String sortKey) {

    /** A row that exists but must not be found. */
    public static SearchDocument hidden(long id, Instant updatedAt) {
        return new SearchDocument(id, updatedAt, false, null, null, null, null, null, null);
    }
}
