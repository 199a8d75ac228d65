package org.fabrique.event;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.actor.PersonSummary;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.common.i18n.TextLanguages;

/** A session of an event's agenda, with its speakers and the coalition it concerns. */
@Schema(name = "EventSession")
public record SessionView(
        @Schema(description = "Stable id; send it back on update to keep the session (and its testimonies)")
        long id,

        @Schema(examples = "Plénière d'ouverture") String title,
        SessionKind kind,
        String description,
        @Schema(examples = "2020-04-21T09:30:00+02:00") OffsetDateTime startsAt,
        @Schema(examples = "2020-04-21T10:30:00+02:00") OffsetDateTime endsAt,
        CoalitionRef coalition,
        List<PersonSummary> speakers,
        @Schema(readOnly = true) TextLanguages languages) {}
