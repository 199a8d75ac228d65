package org.fabrique.participation.intention;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.axis.AxisSummary;
import org.fabrique.coalition.CoalitionRef;

/** A proposed coalition as the editors read it (the proposer's e-mail is never shown). */
@Schema(name = "Intention")
public record IntentionView(
        @Schema(examples = "12") long id,

        @Schema(examples = "Pour des achats publics numériques responsables")
        String title,

        @Schema(description = "Sanitised HTML") String descriptionHtml,
        List<AxisSummary> axes,
        List<String> problems,
        List<String> allyKinds,

        @Schema(description = "The proposer's name (\"anonymous\" once erased)")
        String authorName,

        @Schema(description = "Whether the proposer was signed in")
        boolean signedIn,

        @Schema(description = "The language it was written in", examples = "fr")
        String lang,

        IntentionStatus status,

        @Schema(description = "The editors' word to the proposer, once decided")
        String note,

        OffsetDateTime createdAt,
        OffsetDateTime decidedAt,

        @Schema(description = "The coalition made of it (ACCEPTED) or that it joined (MERGED)")
        CoalitionRef coalition) {}
