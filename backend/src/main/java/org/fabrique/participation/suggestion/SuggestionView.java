package org.fabrique.participation.suggestion;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.actor.ActorKind;
import org.fabrique.actor.ActorSummary;

/** An accepted suggestion as the public sees it (no author, e-mail or address). */
@Schema(name = "Suggestion")
public record SuggestionView(
        @Schema(examples = "7") long id,
        SuggestionKind kind,
        @Schema(examples = "Fresque du Numérique") String title,
        @Schema(description = "Sanitised HTML") String descriptionHtml,
        String website,

        @Schema(nullable = true, description = "The ally's kind; null when the suggestion gives none")
        ActorKind actorKind,

        @Schema(description = "The actor created from an accepted ally, if any")
        ActorSummary actor,

        OffsetDateTime createdAt) {}
