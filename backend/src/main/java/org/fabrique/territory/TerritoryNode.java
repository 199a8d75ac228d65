package org.fabrique.territory;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A territory in the tree, with the territories directly below it. */
@Schema(name = "TerritoryNode")
public record TerritoryNode(
        @Schema(examples = "hauts-de-france") String slug,
        @Schema(examples = "Hauts-de-France") String name,
        TerritoryKind kind,
        @Schema(examples = "32") String code,

        @Schema(description = "Territories directly below, by name")
        List<TerritoryNode> children) {}
