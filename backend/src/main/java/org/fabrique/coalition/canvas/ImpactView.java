package org.fabrique.coalition.canvas;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A desired impact with its measures, latest value and progress from baseline to target. */
@Schema(name = "DesiredImpact")
public record ImpactView(
        Long id,
        String title,
        String indicator,
        String unit,
        BigDecimal baseline,
        BigDecimal target,
        LocalDate targetDate,

        @Schema(readOnly = true, description = "Measures, oldest first")
        List<MeasureView> measures,

        @Schema(readOnly = true, description = "Value of the most recent measure", nullable = true)
        BigDecimal latestValue,

        @Schema(
                readOnly = true,
                description = "(latest - baseline) / (target - baseline), baseline 0 when absent; null without"
                        + " measure or when target equals baseline",
                nullable = true,
                examples = "0.42")
        Double progress,

        @Schema(readOnly = true, description = "The language of the impact's texts (title, indicator)")
        org.fabrique.common.i18n.TextLanguages languages) {}
