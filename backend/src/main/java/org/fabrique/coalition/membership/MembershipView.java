package org.fabrique.coalition.membership;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.actor.ActorSummary;

/** An actor's engagement in a coalition, as the coalition shows it. */
@Schema(name = "Membership")
public record MembershipView(
        @Schema(readOnly = true) ActorSummary actor,
        MembershipRole role,

        @Schema(description = "The commitment the actor can actually hold")
        String commitment,

        MembershipStatus status,
        @Schema(readOnly = true) OffsetDateTime createdAt,
        @Schema(readOnly = true) OffsetDateTime updatedAt) {}
