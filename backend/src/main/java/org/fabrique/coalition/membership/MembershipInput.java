package org.fabrique.coalition.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.text.Slugs;

/** An actor joining a coalition. */
@Schema(name = "MembershipInput")
public record MembershipInput(
        @Schema(description = "Slug of the actor", examples = "latitudes")
        @NotBlank
        @Size(max = 120)
        @Pattern(regexp = Slugs.PATTERN, message = "{fabrique.slug.words}")
        String actor,

        @NotNull MembershipRole role,

        @Schema(description = "The commitment the actor can actually hold") @Size(max = 2000)
        String commitment,

        @Schema(description = "PROPOSED when omitted") MembershipStatus status) {}
