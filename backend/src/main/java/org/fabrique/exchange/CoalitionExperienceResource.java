package org.fabrique.exchange;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What territories report on one coalition, to set their practices side by side. */
@Path("/api/v1/coalitions/{slug}/experience-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exchanges")
public class CoalitionExperienceResource {
    private final ExperienceReportService reports;

    public CoalitionExperienceResource(ExperienceReportService reports) {
        this.reports = reports;
    }

    @GET
    @Operation(
            operationId = "listCoalitionExperienceReports",
            summary = "The experience reports on a coalition, by territory (empty for an unknown coalition)")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ExchangeViews.Report.class, type = SchemaType.ARRAY)))
    public List<ExchangeViews.Report> list(@PathParam("slug") String slug) {
        return reports.onCoalition(slug);
    }
}
