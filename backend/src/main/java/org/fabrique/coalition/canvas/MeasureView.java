package org.fabrique.coalition.canvas;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dated measure of a desired impact and its evidence. */
@Schema(name = "ImpactMeasure")
public record MeasureView(Long id, LocalDate measuredOn, BigDecimal value, String evidence, String evidenceUrl) {}
