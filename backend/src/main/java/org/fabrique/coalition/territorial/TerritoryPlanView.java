package org.fabrique.coalition.territorial;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.coalition.CoalitionRef;

/** A planning document or main strategy of a territory, with the territorial coalitions it carries. */
@Schema(name = "TerritoryPlan")
public record TerritoryPlanView(
        PlanKind kind,
        @Schema(examples = "Schéma directeur du numérique") String title,

        @Schema(examples = "https://example.org/schema-directeur")
        String url,

        @Schema(description = "The coalitions declined in the territory that the document carries, by number")
        List<CoalitionRef> coalitions,

        @Schema(description = "True when the record is sample data beyond the source facts")
        boolean sample) {}
