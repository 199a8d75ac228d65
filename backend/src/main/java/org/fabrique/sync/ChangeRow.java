package org.fabrique.sync;

import java.time.OffsetDateTime;

/** One visible row of the change log, as the public sees it (its public action and slug). */
public record ChangeRow(
        long id,
        long tx,
        String entity,
        long entityId,
        String slug,
        String previousSlug,
        String action,
        OffsetDateTime changedAt,
        Long coalitionId) {

    public ChangeCursor cursor() {
        return new ChangeCursor(tx, id);
    }
}
