package org.fabrique.participation.moderation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many comments, suggestions and proposed coalitions were erased. */
@Schema(name = "ErasureResult")
public record ErasureResult(
        @Schema(examples = "3") int comments,
        @Schema(examples = "1") int suggestions,
        @Schema(examples = "0") int intentions) {}
