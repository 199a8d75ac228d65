package org.fabrique.coalition;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.axis.AxisSummary;
import org.fabrique.common.i18n.TextLanguages;

/** A coalition as lists show it: identity, stage, axes, keywords, parent and member count. */
@Schema(name = "CoalitionSummary")
public record CoalitionSummary(
        @Schema(examples = "3") int number,

        @Schema(examples = "formations-superieures-numeriques-ethiques")
        String slug,

        String title,
        String summary,
        Stage stage,
        List<AxisSummary> axes,
        List<String> keywords,
        @Schema(nullable = true) CoalitionRef parent,

        @Schema(description = "Memberships that are not withdrawn", examples = "4")
        long memberCount,

        @Schema(description = "True when the record is sample data beyond the source facts")
        boolean sample,

        @Schema(readOnly = true) TextLanguages languages) {}
