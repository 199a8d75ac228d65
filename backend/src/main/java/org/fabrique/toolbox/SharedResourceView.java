package org.fabrique.toolbox;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.actor.ActorSummary;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.territory.TerritorySummary;

/** A shared resource of the toolbox with its publisher, territory and coalitions. */
@Schema(name = "SharedResource")
public record SharedResourceView(
        @Schema(examples = "guide-numerique-responsable") String slug,
        @Schema(examples = "Guide du numérique responsable") String title,
        ResourceKind kind,
        String description,
        @Schema(examples = "https://example.org/guide") String url,
        @Schema(examples = "CC BY-SA 4.0") String licence,
        Availability availability,

        @Schema(description = "The actor who publishes the resource")
        ActorSummary publisher,

        TerritorySummary territory,

        @Schema(description = "Coalitions the resource serves, by number")
        List<CoalitionRef> coalitions,

        @Schema(description = "True when the record is sample data beyond the source facts")
        boolean sample,

        @Schema(readOnly = true) OffsetDateTime updatedAt,

        @Schema(
                readOnly = true,
                description = "The language of the texts: mark those in another language than the page's")
        org.fabrique.common.i18n.TextLanguages languages) {}
