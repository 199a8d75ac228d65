package org.fabrique.note;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.actor.PersonSummary;
import org.fabrique.axis.AxisSummary;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.common.i18n.TextLanguages;
import org.fabrique.event.EventRef;

/** A note in a list. */
@Schema(name = "NoteSummary")
public record NoteSummary(
        @Schema(examples = "retour-sur-le-reset-day-4") String slug,
        @Schema(examples = "Retour sur le Reset Day #4") String title,
        @Schema(description = "Plain-text excerpt") String excerpt,
        EventRef event,
        NoteStatus status,
        OffsetDateTime publishedAt,
        List<PersonSummary> authors,
        List<CoalitionRef> coalitions,
        List<AxisSummary> axes,

        @Schema(description = "True when the record is sample data beyond the source facts")
        boolean sample,

        @Schema(readOnly = true) TextLanguages languages) {}
