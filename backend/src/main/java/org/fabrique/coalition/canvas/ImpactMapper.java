package org.fabrique.coalition.canvas;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/** Views of desired impacts and their measures, with the progress of the latest measure. */
public final class ImpactMapper {
    private ImpactMapper() {}

    /** Decimals without the trailing zeros of the column scale (10.0000 is shown as 10). */
    public static BigDecimal number(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The impact with its texts as shown to the reader, and their languages. */
    public static ImpactView impact(
            DesiredImpact i, String title, String indicator, org.fabrique.common.i18n.TextLanguages languages) {
        List<MeasureView> measures = i.getMeasures().stream()
                .sorted(Comparator.comparing(ImpactMeasure::getMeasuredOn).thenComparing(ImpactMeasure::getId))
                .map(ImpactMapper::measure)
                .toList();
        BigDecimal latest =
                measures.isEmpty() ? null : measures.get(measures.size() - 1).value();
        Double progress = null;
        if (latest != null) {
            BigDecimal base = i.getBaseline() == null ? BigDecimal.ZERO : i.getBaseline();
            BigDecimal span = i.getTarget().subtract(base);
            if (span.signum() != 0) {
                progress = latest.subtract(base)
                        .divide(span, MathContext.DECIMAL64)
                        .setScale(4, RoundingMode.HALF_UP)
                        .doubleValue();
            }
        }
        return new ImpactView(
                i.getId(),
                title,
                indicator,
                i.getUnit(),
                number(i.getBaseline()),
                number(i.getTarget()),
                i.getTargetDate(),
                measures,
                number(latest),
                progress,
                languages);
    }

    public static MeasureView measure(ImpactMeasure m) {
        return new MeasureView(m.getId(), m.getMeasuredOn(), number(m.getValue()), m.getEvidence(), m.getEvidenceUrl());
    }
}
