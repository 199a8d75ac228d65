package org.fabrique.participation.moderation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many comments and suggestions were erased. */
@Schema(name = "ErasureResult")
public record ErasureResult(
        @Schema(examples = "3") int comments,
        @Schema(examples = "1") int suggestions) {}
