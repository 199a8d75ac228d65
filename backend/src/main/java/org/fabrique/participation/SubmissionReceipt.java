package org.fabrique.participation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a comment or suggestion: its id, status and a message for the author. */
@Schema(name = "SubmissionReceipt")
public record SubmissionReceipt(
        @Schema(examples = "42") long id,

        @Schema(
                examples = "PENDING",
                enumeration = {"PENDING", "APPROVED", "SPAM"})
        String status,

        @Schema(examples = "Thank you: your comment will appear once a moderator has approved it.")
        String message) {}
