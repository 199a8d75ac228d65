package org.fabrique.territory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A territory as other resources embed it. */
@Schema(name = "TerritorySummary")
public record TerritorySummary(
        @Schema(examples = "metropole-europeenne-de-lille") String slug,
        @Schema(examples = "Métropole Européenne de Lille") String name,
        TerritoryKind kind,
        @Schema(examples = "200093201") String code) {}
