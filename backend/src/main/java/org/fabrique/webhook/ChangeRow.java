package org.fabrique.webhook;

/**
 * A row of change_log (V19) as the fan-out reads it.
 *
 * @param changedAt when the change was made
 * @param gone whether the entity's deletion is logged (ids are never reused: it is gone now)
 */
public record ChangeRow(
        long id,
        String tx,
        String entity,
        long entityId,
        String slug,
        String action,
        java.time.OffsetDateTime changedAt,
        boolean gone) {}
