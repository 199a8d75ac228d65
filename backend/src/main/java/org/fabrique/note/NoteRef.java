package org.fabrique.note;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A note as other resources embed it. */
@Schema(name = "NoteRef")
public record NoteRef(
        @Schema(examples = "notes-du-reset-day-4") String slug,

        @Schema(examples = "Notes du Reset Day #4") String title,

        NoteStatus status) {}
