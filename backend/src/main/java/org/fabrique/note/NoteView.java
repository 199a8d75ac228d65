package org.fabrique.note;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.actor.PersonSummary;
import org.fabrique.axis.AxisSummary;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.common.i18n.TextLanguages;
import org.fabrique.event.EventRef;
import org.fabrique.territory.TerritorySummary;

/** A note with its Markdown source and its sanitised HTML rendering. */
@Schema(name = "Note")
public record NoteView(
        @Schema(examples = "retour-sur-le-reset-day-4") String slug,
        @Schema(examples = "Retour sur le Reset Day #4") String title,

        @Schema(description = "Plain-text excerpt, given or derived from the body")
        String excerpt,

        @Schema(description = "Markdown source") String bodyMarkdown,

        @Schema(
                readOnly = true,
                description = "HTML rendered from the Markdown and sanitised (no script, no event handler)")
        String bodyHtml,

        EventRef event,
        List<CoalitionRef> coalitions,
        List<AxisSummary> axes,
        List<TerritorySummary> territories,
        List<PersonSummary> authors,
        NoteStatus status,

        @Schema(readOnly = true, description = "When the note was first published")
        OffsetDateTime publishedAt,

        boolean commentsOpen,

        @Schema(description = "True when the record is sample data beyond the source facts")
        boolean sample,

        @Schema(readOnly = true) OffsetDateTime updatedAt,

        @Schema(readOnly = true, description = "Languages of title, excerpt and body (bodyHtml follows body)")
        TextLanguages languages) {}
