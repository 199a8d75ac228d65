package org.fabrique.common.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One result of the cross-feature search. */
@Schema(name = "SearchHit")
public record SearchHit(
        @Schema(
                examples = "coalition",
                enumeration = {"coalition", "note", "actor", "event"})
        String type,

        @Schema(examples = "formations-superieures-numeriques-ethiques")
        String slug,

        @Schema(examples = "#3 Pour des formations supérieures numériques…")
        String title,

        @Schema(description = "A short plain-text excerpt") String excerpt,

        @Schema(description = "True when every term occurs in the title")
        boolean titleMatch) {}
