package org.fabrique.coalition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with a coalition, so that clients show only the controls that work. */
@Schema(name = "CoalitionPermissions")
public record CoalitionPermissions(
        @Schema(description = "May edit the canvas, measures, members and declensions", examples = "true")
        boolean edit,

        @Schema(description = "May delete the coalition", examples = "false")
        boolean delete,

        @Schema(description = "May name its coordinators", examples = "false")
        boolean nameCoordinators) {}
