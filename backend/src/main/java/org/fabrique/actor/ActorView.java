package org.fabrique.actor;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.territory.TerritorySummary;

/** An actor with its territory, expertise and the people who act for it. */
@Schema(name = "Actor")
public record ActorView(
        @Schema(examples = "latitudes") String slug,
        @Schema(examples = "Latitudes") String name,
        ActorKind kind,
        String description,
        @Schema(examples = "https://www.latitudes.cc") String website,
        TerritorySummary territory,

        @Schema(description = "The actor this one is a sub-unit of")
        ActorSummary parent,

        @Schema(readOnly = true, description = "The actor's sub-units (directorates...), by name")
        List<ActorSummary> subUnits,

        @Schema(description = "Expertise keywords, alphabetical")
        List<String> expertise,

        @Schema(readOnly = true, description = "People linked to the actor, by name")
        List<PersonSummary> people,

        @Schema(description = "True when the record is sample data beyond the source facts")
        boolean sample,

        @Schema(readOnly = true) OffsetDateTime createdAt,
        @Schema(readOnly = true) OffsetDateTime updatedAt,

        @Schema(
                readOnly = true,
                description = "The language of the texts: mark those in another language than the page's")
        org.fabrique.common.i18n.TextLanguages languages) {}
