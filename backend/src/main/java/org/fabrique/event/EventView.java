package org.fabrique.event;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.actor.ActorSummary;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.common.i18n.TextLanguages;
import org.fabrique.territory.TerritorySummary;

/** An event with its organisers, coalitions, territories and agenda. */
@Schema(name = "Event")
public record EventView(
        @Schema(examples = "reset-day-4") String slug,
        @Schema(examples = "Reset Day #4") String title,
        EventKind kind,
        String description,

        @Schema(description = "Start, with the offset of the event's time zone", examples = "2020-04-21T09:30:00+02:00")
        OffsetDateTime startsAt,

        @Schema(description = "End, with the offset of the event's time zone", examples = "2020-04-21T17:00:00+02:00")
        OffsetDateTime endsAt,

        @Schema(examples = "Europe/Paris") String timeZone,
        EventFormat format,
        @Schema(examples = "En ligne") String location,
        @Schema(examples = "250") Integer participantsCount,

        @Schema(description = "True when participantsCount is an approximate figure (\"about thirty\")")
        boolean participantsApproximate,

        List<ActorSummary> organisers,

        @Schema(
                description =
                        "True when the organisers organised the event with their partners (\"the Fing and its partners\")")
        boolean organisedWithPartners,

        List<CoalitionRef> coalitions,
        List<TerritorySummary> territories,
        @Schema(description = "Sessions in agenda order") List<SessionView> agenda,

        @Schema(description = "True when the record is sample data beyond the source facts")
        boolean sample,

        @Schema(readOnly = true) OffsetDateTime updatedAt,
        @Schema(readOnly = true) TextLanguages languages) {}
