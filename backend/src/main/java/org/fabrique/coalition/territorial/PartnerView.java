package org.fabrique.coalition.territorial;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.actor.ActorSummary;

/** A national or territorial partner of a territorial coalition. */
@Schema(name = "TerritorialPartner")
public record PartnerView(
        PartnerScope scope,
        PartnerStatus status,
        @Schema(nullable = true) ActorSummary actor,
        String label) {}
