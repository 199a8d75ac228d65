package org.fabrique.coalition.territorial;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.territory.TerritorySummary;

/** The local declension of a coalition in a territory. */
@Schema(name = "TerritorialCoalition")
public record TerritorialCoalitionView(
        @Schema(readOnly = true) CoalitionRef coalition,
        TerritorySummary territory,
        Positioning positioning,
        boolean priority,
        TerritorialStatus status,
        String commitments,
        List<PartnerView> partners,
        boolean sample,
        @Schema(readOnly = true) OffsetDateTime createdAt,
        @Schema(readOnly = true) OffsetDateTime updatedAt) {}
