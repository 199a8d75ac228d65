package org.fabrique.common.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field that a change set: its value before and after (as text; null when empty). */
@Schema(name = "FieldChange")
public record FieldChange(
        @Schema(examples = "website") String field,

        @Schema(nullable = true, examples = "https://latitudes.cc")
        String before,

        @Schema(nullable = true, examples = "https://www.latitudes.cc")
        String after) {}
