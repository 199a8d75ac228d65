package org.fabrique.coalition.canvas;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new measure of a desired impact. */
@Schema(name = "MeasureInput")
public record MeasureInput(
        @NotNull LocalDate measuredOn,
        @NotNull BigDecimal value,
        @Size(max = 2000) String evidence,

        @Size(max = 500) @Pattern(regexp = "^https?://\\S+$", message = "{fabrique.url.http}")
        String evidenceUrl) {}
