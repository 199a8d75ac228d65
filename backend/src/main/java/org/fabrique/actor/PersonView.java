package org.fabrique.actor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person with the actor they act for. */
@Schema(name = "Person")
public record PersonView(
        @Schema(examples = "augustin-courtier") String slug,
        @Schema(examples = "Augustin Courtier") String fullName,
        @Schema(examples = "Co-founder") String roleTitle,
        String bio,
        ActorSummary actor,

        @Schema(description = "True when the record is sample data beyond the source facts")
        boolean sample) {}
