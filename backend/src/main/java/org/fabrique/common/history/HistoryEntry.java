package org.fabrique.common.history;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of a resource: when, by whom, what kind, and the fields it changed. */
@Schema(name = "HistoryEntry")
public record HistoryEntry(
        @Schema(description = "The revision number (grows with time, shared by all resources)", examples = "42")
        long revision,

        @Schema(examples = "2026-12-06T18:30:00Z") OffsetDateTime changedAt,
        ChangeKind kind,
        HistoryAuthor author,
        List<FieldChange> changes) {

    /** Whether the change created or updated the resource. */
    @Schema(name = "ChangeKind")
    public enum ChangeKind {
        CREATED,
        UPDATED
    }

    /**
     * Who made the change: a display name (never an e-mail); {@code DELETED} when the account was
     * deleted since (its name is gone from the history), {@code SYSTEM} when no one signed in made it
     * (the demo data, imports).
     */
    @Schema(name = "HistoryAuthor")
    public record HistoryAuthor(
            AuthorKind kind,

            @Schema(nullable = true, examples = "Alex Durand")
            String name) {}

    @Schema(name = "HistoryAuthorKind")
    public enum AuthorKind {
        ACCOUNT,
        DELETED,
        SYSTEM
    }
}
