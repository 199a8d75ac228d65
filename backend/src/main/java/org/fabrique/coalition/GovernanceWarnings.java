package org.fabrique.coalition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Governance concerns the platform makes visible on a coalition. */
@Schema(name = "GovernanceWarnings")
public record GovernanceWarnings(
        @Schema(
                description = "True when the coalition's pilot is only its funder: no confirmed pilot while a"
                        + " confirmed funder exists, or every confirmed pilot is an actor of kind FUNDER")
        boolean fundersOnlyPilot) {}
