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

        @Schema(description = "Expertise keywords, alphabetical")
        List<String> expertise,

        @Schema(readOnly = true, description = "People linked to the actor, by name")
        List<PersonSummary> people,

        @Schema(description = "True when the record is sample data beyond the source facts")
        boolean sample,

        @Schema(readOnly = true) OffsetDateTime createdAt,
        @Schema(readOnly = true) OffsetDateTime updatedAt) {}
