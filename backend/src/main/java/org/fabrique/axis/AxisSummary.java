package org.fabrique.axis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.i18n.TextLanguages;

/** An axis as other resources embed it. */
@Schema(name = "AxisSummary")
public record AxisSummary(
        @Schema(examples = "environnement") String slug,
        @Schema(examples = "Dimension environnementale") String name,
        @Schema(examples = "#2e7d32") String colour,
        @Schema(readOnly = true) TextLanguages languages) {}
