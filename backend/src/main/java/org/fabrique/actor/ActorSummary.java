package org.fabrique.actor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An actor as other resources embed it. */
@Schema(name = "ActorSummary")
public record ActorSummary(
        @Schema(examples = "latitudes") String slug,
        @Schema(examples = "Latitudes") String name,
        ActorKind kind) {}
