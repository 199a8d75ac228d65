package org.fabrique.testimony;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.actor.ActorSummary;
import org.fabrique.actor.PersonSummary;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.event.EventRef;
import org.fabrique.event.SessionRef;

/** A person's testimony for an actor about a coalition, given at an event (session). */
@Schema(name = "Testimony")
public record TestimonyView(
        @Schema(readOnly = true, examples = "7") long id,
        PersonSummary person,

        @Schema(description = "The actor the person spoke for")
        ActorSummary actor,

        CoalitionRef coalition,
        EventRef event,
        SessionRef session,

        @Schema(examples = "Comment notre association a rejoint la coalition…")
        String summary,

        @Schema(examples = "https://example.org/video") String link,

        @Schema(description = "True when the record is sample data beyond the source facts")
        boolean sample,

        @Schema(readOnly = true) OffsetDateTime updatedAt,

        @Schema(
                readOnly = true,
                description = "The language of the texts: mark those in another language than the page's")
        org.fabrique.common.i18n.TextLanguages languages) {}
