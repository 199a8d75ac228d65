package org.fabrique.exchange;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.territory.TerritorySummary;

/** What the API shows of exchanges and their experience reports. */
public final class ExchangeViews {
    private ExchangeViews() {}

    /** An exchange named in a report. */
    @Schema(name = "ExchangeRef")
    public record Ref(
            @Schema(examples = "echanges-inter-territoriaux")
            String slug,

            String title) {}

    /** An exchange in a list: who takes part, on what, how many reports. */
    @Schema(name = "ExchangeSummary")
    public record Summary(
            String slug,
            String title,
            String description,
            List<TerritorySummary> territories,
            List<CoalitionRef> coalitions,
            @Schema(examples = "2") int reportCount,
            boolean sample,
            @Schema(readOnly = true) OffsetDateTime updatedAt) {}

    /** An exchange with its reports, by territory then date. */
    @Schema(name = "Exchange")
    public record Detail(
            String slug,
            String title,
            String description,
            List<TerritorySummary> territories,
            List<CoalitionRef> coalitions,
            List<Report> reports,
            boolean sample,
            @Schema(readOnly = true) OffsetDateTime createdAt,
            @Schema(readOnly = true) OffsetDateTime updatedAt) {}

    /** What a territory reports of its practice. */
    @Schema(name = "ExperienceReport")
    public record Report(
            @Schema(readOnly = true, examples = "7") long id,
            @Schema(readOnly = true) Ref exchange,
            TerritorySummary territory,
            CoalitionRef coalition,
            String title,
            String body,
            LocalDate reportedOn,
            String url,
            boolean sample,
            @Schema(readOnly = true) OffsetDateTime createdAt,
            @Schema(readOnly = true) OffsetDateTime updatedAt) {}
}
