package org.fabrique.coalition.membership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coordinator's answer to a proposed engagement. */
@Schema(name = "CommitmentDecision")
public record CommitmentDecision(
        @NotNull Verdict decision,

        @Schema(description = "A note for the proposer and the record") @Size(max = 1000)
        String note) {
    /** Confirm or decline. */
    public enum Verdict {
        CONFIRM,
        DECLINE
    }
}
