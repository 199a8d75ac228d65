package org.fabrique.coalition.territorial;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.territory.TerritorySummary;

/** A territory and the number of coalitions declined in it (not counting its sub-territories). */
@Schema(name = "TerritoryCoalitionCount")
public record TerritoryCoalitionCount(
        TerritorySummary territory,

        @Schema(description = "Coalitions declined in it", examples = "2")
        long coalitions) {}
