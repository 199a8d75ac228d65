package org.fabrique.common.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.fabrique.common.persistence.RowVersion;

/**
 * What a searchable feature (coalition, note, actor, event) offers the in-memory search index:
 * its rows as {@link SearchDocument}s, and cheap ways to tell whether they changed. Each feature
 * implements it as a bean; the search feature finds them all through CDI.
 */
public interface SearchSource {
    /** The type named in search results and the {@code type} filter, e.g. "note". */
    String type();

    /** The latest update time of any row, null when there is none (one index lookup). */
    Instant latestUpdate();

    /** The number of rows, searchable or not (drafts included). */
    long count();

    /** Every row updated after {@code since} (every row when null): its id and update time. */
    List<RowVersion> updatedSince(Instant since);

    /** The documents of these rows; rows that no longer exist are left out. */
    List<SearchDocument> documents(Collection<Long> ids);

    /**
     * How many transactions of this JVM have committed a change to these rows: it changes as soon
     * as a local write commits, before any stamp could be trusted to show it.
     */
    long localCommits();
}
