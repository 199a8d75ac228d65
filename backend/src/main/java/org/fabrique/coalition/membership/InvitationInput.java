package org.fabrique.coalition.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.text.Slugs;

/** A coalition's coordinators invite an actor (a suggested ally, for instance) to join it. */
@Schema(name = "InvitationInput")
public record InvitationInput(
        @Schema(description = "Slug of the actor invited", examples = "latitudes")
        @NotBlank
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String actor,

        @Schema(description = "The role offered (ALLY when omitted)")
        MembershipRole role,

        @Schema(description = "What the coalition hopes the actor can commit to") @Size(max = 2000)
        String commitment,

        @Schema(description = "A word for the actor's people and the record") @Size(max = 1000)
        String note) {}
