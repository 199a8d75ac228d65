package org.fabrique.common.paging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The incremental part of a list request: {@code updatedSince} (items updated at or after an
 * instant) and {@code cursor} (items after a keyset position). Either one orders the list by
 * (updatedAt, id), whatever {@code sort} says.
 */
public record UpdatedSince(OffsetDateTime since, ListCursor after) {
    public static final String DESCRIPTION_SINCE = "Only items updated at or after this ISO-8601 instant (with offset,"
            + " e.g. 2026-12-01T00:00:00Z); orders the list by (updatedAt, id). A convenience: the changes feed"
            + " (/api/v1/changes) is the exact way to follow changes";
    public static final String DESCRIPTION_CURSOR =
            "nextCursor of the previous page: the items after it in (updatedAt, id) order (a stable keyset cursor)";

    /** Null when neither parameter is given. */
    public static UpdatedSince of(String updatedSince, String cursor) {
        OffsetDateTime since = instant(updatedSince);
        ListCursor after = ListCursor.parse("cursor", cursor);
        return since == null && after == null ? null : new UpdatedSince(since, after);
    }

    private static OffsetDateTime instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 64) {
            throw PageRequest.invalid(
                    "updatedSince", "must be an ISO-8601 instant with offset, e.g. 2026-12-01T00:00:00Z");
        }
        try {
            return OffsetDateTime.parse(value.trim()).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw PageRequest.invalid(
                    "updatedSince", "must be an ISO-8601 instant with offset, e.g. 2026-12-01T00:00:00Z");
        }
    }

    /** Whether an item with this stamp is in the window (for short lists that are not paged). */
    public boolean admits(ListCursor stamp) {
        if (since != null && stamp.updatedAt().isBefore(since)) {
            return false;
        }
        return after == null
                || stamp.updatedAt().isAfter(after.updatedAt())
                || (stamp.updatedAt().isEqual(after.updatedAt()) && stamp.id() > after.id());
    }
}
