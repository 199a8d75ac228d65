package org.fabrique.actor;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.territory.TerritorySummary;

/** An actor as the actor list shows it. */
@Schema(name = "ActorListItem")
public record ActorListItem(
        @Schema(examples = "latitudes") String slug,
        @Schema(examples = "Latitudes") String name,
        ActorKind kind,
        TerritorySummary territory,

        @Schema(description = "Expertise keywords, alphabetical")
        List<String> expertise,

        @Schema(examples = "https://www.latitudes.cc") String website,

        @Schema(description = "True when the record is sample data beyond the source facts")
        boolean sample) {}
