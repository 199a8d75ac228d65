package org.fabrique.coalition.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.text.Slugs;

/** A member proposes one of their actors to join a coalition. */
@Schema(name = "CommitmentInput")
public record CommitmentInput(
        @Schema(description = "Slug of an actor linked to your account", examples = "latitudes")
        @NotBlank
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String actor,

        @Schema(description = "CONTRIBUTOR, ALLY or FUNDER (pilots are named by the coordinators)") @NotNull
        MembershipRole role,

        @Schema(description = "The commitment the actor can actually hold") @NotBlank @Size(max = 2000)
        String commitment) {}
