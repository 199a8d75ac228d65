package org.fabrique.coalition.membership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to replace an actor's engagement in a coalition. */
@Schema(name = "MembershipUpdate")
public record MembershipUpdate(
        @NotNull MembershipRole role,
        @Size(max = 2000) String commitment,
        @NotNull MembershipStatus status) {}
