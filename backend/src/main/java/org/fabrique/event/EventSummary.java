package org.fabrique.event;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.i18n.TextLanguages;

/** An event in a list; times carry the offset of the event's time zone. */
@Schema(name = "EventSummary")
public record EventSummary(
        @Schema(examples = "reset-day-4") String slug,
        @Schema(examples = "Reset Day #4") String title,
        EventKind kind,
        @Schema(examples = "2020-04-21T09:30:00+02:00") OffsetDateTime startsAt,
        @Schema(examples = "2020-04-21T17:00:00+02:00") OffsetDateTime endsAt,
        @Schema(examples = "Europe/Paris") String timeZone,
        EventFormat format,
        @Schema(examples = "En ligne") String location,
        @Schema(examples = "250") Integer participantsCount,

        @Schema(description = "True when participantsCount is an approximate figure (\"about thirty\")")
        boolean participantsApproximate,

        @Schema(description = "True when the record is sample data beyond the source facts")
        boolean sample,

        @Schema(readOnly = true) TextLanguages languages) {}
