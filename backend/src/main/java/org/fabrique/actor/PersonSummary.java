package org.fabrique.actor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person as other resources embed it, with the actor they act for. */
@Schema(name = "PersonSummary")
public record PersonSummary(
        @Schema(examples = "augustin-courtier") String slug,
        @Schema(examples = "Augustin Courtier") String fullName,
        @Schema(examples = "Co-founder") String roleTitle,
        ActorSummary actor) {}
