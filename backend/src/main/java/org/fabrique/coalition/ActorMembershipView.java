package org.fabrique.coalition;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coalition an actor is engaged in, with its role and status. */
@Schema(name = "ActorMembership")
public record ActorMembershipView(
        CoalitionRef coalition,
        MembershipRole role,
        String commitment,
        MembershipStatus status,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
