package org.fabrique.participation.intention;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.text.Slugs;

/** The editors' decision on a proposed coalition. */
@Schema(name = "IntentionDecisionInput")
public record IntentionDecisionInput(
        @Schema(examples = "ACCEPT") @NotNull IntentionAction action,

        @Schema(description = "With MERGE: the slug of the coalition it joins")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String coalition,

        @Schema(description = "With ACCEPT: the new coalition's slug (derived from the title when omitted)")
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String slug,

        @Schema(description = "A word for the proposer, sent with the decision") @Size(max = 1000)
        String note) {}
