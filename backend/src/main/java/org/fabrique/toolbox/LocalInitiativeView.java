package org.fabrique.toolbox;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.actor.ActorSummary;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.territory.TerritorySummary;

/** A local initiative made visible in a territory. */
@Schema(name = "LocalInitiative")
public record LocalInitiativeView(
        @Schema(examples = "repair-cafe-lille") String slug,
        @Schema(examples = "Repair café numérique") String title,
        String description,

        @Schema(examples = "https://example.org/repair-cafe")
        String url,

        TerritorySummary territory,
        CoalitionRef coalition,
        ActorSummary actor,

        @Schema(description = "True when the record is sample data beyond the source facts")
        boolean sample,

        @Schema(readOnly = true) OffsetDateTime updatedAt,

        @Schema(
                readOnly = true,
                description = "The language of the texts: mark those in another language than the page's")
        org.fabrique.common.i18n.TextLanguages languages) {}
