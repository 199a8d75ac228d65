package org.fabrique.participation.moderation;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.actor.ActorKind;
import org.fabrique.participation.suggestion.SuggestionAction;

/** A moderator's decision on one or more suggestions. */
@Schema(name = "SuggestionDecisionInput")
public record SuggestionDecisionInput(
        @Schema(examples = "[7]") @NotEmpty @Size(max = 100) List<@NotNull Long> ids,
        @Schema(examples = "ACCEPT") @NotNull SuggestionAction action,

        @Schema(description = "The moderator's note, kept with the decision") @Size(max = 1000)
        String note,

        @Schema(description = "The original, for DUPLICATE") Long duplicateOf,

        @Schema(description = "With ACCEPT on potential allies: create the actor in the same step")
        Boolean createActor,

        @Schema(description = "Kind of the actor to create when the suggestion gives none")
        ActorKind actorKind) {}
