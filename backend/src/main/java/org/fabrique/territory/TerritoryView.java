package org.fabrique.territory;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A territory with its parent, its children and the breadcrumb of its ancestors. */
@Schema(name = "Territory")
public record TerritoryView(
        @Schema(examples = "metropole-europeenne-de-lille") String slug,
        @Schema(examples = "Métropole Européenne de Lille") String name,
        TerritoryKind kind,

        @Schema(description = "Official code (INSEE, SIREN...) when one exists", examples = "200093201")
        String code,

        String description,

        @Schema(description = "The territory directly above, if any")
        TerritorySummary parent,

        @Schema(readOnly = true, description = "Territories directly below, by name")
        List<TerritorySummary> children,

        @Schema(readOnly = true, description = "Breadcrumb from the root down to the parent")
        List<TerritorySummary> ancestors,

        @Schema(description = "True when the record is sample data beyond the source facts")
        boolean sample,

        @Schema(readOnly = true) OffsetDateTime createdAt,
        @Schema(readOnly = true) OffsetDateTime updatedAt,

        @Schema(
                readOnly = true,
                description = "The language of the texts: mark those in another language than the page's")
        org.fabrique.common.i18n.TextLanguages languages) {}
