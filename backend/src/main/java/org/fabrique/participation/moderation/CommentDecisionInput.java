package org.fabrique.participation.moderation;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.participation.comment.CommentAction;

/** A moderator's decision on one or more comments. */
@Schema(name = "CommentDecisionInput")
public record CommentDecisionInput(
        @Schema(examples = "[12, 13]") @NotEmpty @Size(max = 100)
        List<@NotNull Long> ids,

        @Schema(examples = "APPROVE") @NotNull CommentAction action,

        @Schema(description = "Why (kept with the decision)", examples = "advertising") @Size(max = 500)
        String reason) {}
