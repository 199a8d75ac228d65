package org.fabrique.participation.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reader's report of a comment or suggestion. */
@Schema(name = "ReportInput")
public record ReportInput(
        @Schema(examples = "OFFENSIVE") @NotNull ReportReason reason,

        @Schema(description = "Optional details for the moderators (plain text)") @Size(max = 500)
        String detail) {}
