package org.fabrique.coalition.membership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of an actor's people to an invitation. */
@Schema(name = "InvitationAnswer")
public record InvitationAnswer(
        @NotNull Verdict answer,

        @Schema(description = "On acceptance, the commitment the actor can actually hold (else the one proposed)")
        @Size(max = 2000)
        String commitment,

        @Schema(description = "A word for the coordinators and the record") @Size(max = 1000)
        String note) {
    /** Accept (the engagement is confirmed) or refuse. */
    @Schema(name = "InvitationVerdict")
    public enum Verdict {
        ACCEPT,
        REFUSE
    }
}
