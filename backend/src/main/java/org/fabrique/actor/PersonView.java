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
        boolean sample,

        @Schema(
                readOnly = true,
                description = "The language of the texts: mark those in another language than the page's")
        org.fabrique.common.i18n.TextLanguages languages) {}
