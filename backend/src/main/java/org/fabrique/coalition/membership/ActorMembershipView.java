package org.fabrique.coalition.membership;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.coalition.CoalitionRef;

/** A coalition an actor is engaged in, with its role and status. */
@Schema(name = "ActorMembership")
public record ActorMembershipView(
        CoalitionRef coalition,
        MembershipRole role,
        String commitment,
        MembershipStatus status,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
