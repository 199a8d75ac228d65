package org.fabrique.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.paging.QueryParams;
import org.fabrique.common.security.Roles;

/** Inter-territorial exchanges and their experience reports. */
@Path("/api/v1/exchanges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exchanges", description = "Territories sharing practices and experiences on coalitions")
public class ExchangeResource {
    private static final String WRITE_ROLES_NOTE =
            "Editors and admins; territory managers for the territories they manage.";

    private final ExchangeService exchanges;
    private final ExperienceReportService reports;
    private final EntityTags tags;

    public ExchangeResource(ExchangeService exchanges, ExperienceReportService reports, EntityTags tags) {
        this.exchanges = exchanges;
        this.reports = reports;
        this.tags = tags;
    }

    @GET
    @Operation(operationId = "listExchanges", summary = "The exchanges between territories, by title")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ExchangeViews.Summary.class, type = SchemaType.ARRAY)))
    public List<ExchangeViews.Summary> list(
            @Parameter(description = "Slug of a territory taking part (or one below it)") @QueryParam("territory")
                    String territory,
            @Parameter(description = "Slug of a coalition the exchange is about") @QueryParam("coalition")
                    String coalition) {
        return exchanges.list(
                QueryParams.text("territory", territory, 120), QueryParams.text("coalition", coalition, 120));
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getExchange", summary = "An exchange with its experience reports")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ExchangeViews.Detail.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        return tags.conditionalGet(request, exchanges.get(slug));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.TERRITORY_MANAGER})
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.TERRITORY_MANAGER})
    @Operation(
            operationId = "createExchange",
            summary = "Create an exchange between at least two territories",
            description = WRITE_ROLES_NOTE)
    @APIResponse(
            responseCode = "201",
            content = @Content(schema = @Schema(implementation = ExchangeViews.Detail.class)))
    public Response create(@Valid @NotNull ExchangeInput input, @Context UriInfo uri) {
        Versioned<ExchangeViews.Detail> created = exchanges.create(input);
        return tags.created(
                uri.getAbsolutePathBuilder().path(created.view().slug()).build(), created);
    }

    @PUT
    @Path("/{slug}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.TERRITORY_MANAGER})
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.TERRITORY_MANAGER})
    @Operation(
            operationId = "updateExchange",
            summary = "Replace an exchange (a territory that leaves takes its reports with it)",
            description = WRITE_ROLES_NOTE)
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ExchangeViews.Detail.class)))
    public Response update(
            @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull ExchangeInput input) {
        return tags.ok(exchanges.update(slug, input, ifMatch));
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.TERRITORY_MANAGER})
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.TERRITORY_MANAGER})
    @Operation(
            operationId = "deleteExchange",
            summary = "Delete an exchange and its reports",
            description = WRITE_ROLES_NOTE)
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("slug") String slug) {
        exchanges.delete(slug);
    }

    @POST
    @Path("/{slug}/reports")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.TERRITORY_MANAGER})
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.TERRITORY_MANAGER})
    @Operation(
            operationId = "addExperienceReport",
            summary = "Add a territory's experience report to an exchange",
            description = WRITE_ROLES_NOTE)
    @APIResponse(
            responseCode = "201",
            content = @Content(schema = @Schema(implementation = ExchangeViews.Report.class)))
    public Response addReport(
            @PathParam("slug") String slug, @Valid @NotNull ExperienceReportInput input, @Context UriInfo uri) {
        Versioned<ExchangeViews.Report> created = reports.add(slug, input);
        return tags.created(
                uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.view().id()))
                        .build(),
                created);
    }

    @GET
    @Path("/{slug}/reports/{id}")
    @Operation(operationId = "getExperienceReport", summary = "One experience report of an exchange")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ExchangeViews.Report.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    public Response getReport(@PathParam("slug") String slug, @PathParam("id") long id, @Context Request request) {
        return tags.conditionalGet(request, reports.get(slug, id));
    }

    @PUT
    @Path("/{slug}/reports/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.TERRITORY_MANAGER})
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.TERRITORY_MANAGER})
    @Operation(
            operationId = "updateExperienceReport",
            summary = "Replace an experience report",
            description = WRITE_ROLES_NOTE)
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ExchangeViews.Report.class)))
    public Response updateReport(
            @PathParam("slug") String slug,
            @PathParam("id") long id,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull ExperienceReportInput input) {
        return tags.ok(reports.update(slug, id, input, ifMatch));
    }

    @DELETE
    @Path("/{slug}/reports/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.TERRITORY_MANAGER})
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.TERRITORY_MANAGER})
    @Operation(
            operationId = "deleteExperienceReport",
            summary = "Delete an experience report",
            description = WRITE_ROLES_NOTE)
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteReport(@PathParam("slug") String slug, @PathParam("id") long id) {
        reports.delete(slug, id);
    }
}
