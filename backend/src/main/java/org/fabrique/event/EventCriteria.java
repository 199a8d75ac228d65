package org.fabrique.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * Filters of the event list, already resolved to ids. A null field does not filter; an empty
 * {@code territoryIds} set or a {@code coalitionId} of -1 (unknown slug) matches nothing.
 */
public record EventCriteria(
        OffsetDateTime from,
        OffsetDateTime to,
        EventKind kind,
        Long coalitionId,
        Set<Long> territoryIds,
        OffsetDateTime endsAtOrAfter,
        OffsetDateTime endsBefore,
        List<String> terms) {}
