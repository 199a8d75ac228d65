package org.fabrique.coalition;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stage a coalition reached, and when (kept by the database on every change of stage). */
@Schema(name = "StageReached")
public record StageReached(
        Stage stage,

        @Schema(description = "When the coalition reached this stage", examples = "2020-04-21T09:00:00Z")
        OffsetDateTime reachedAt) {}
