package org.fabrique.participation.suggestion;

import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.error.Problem;
import org.fabrique.common.http.EntityTags;
import org.fabrique.participation.ClientInfo;
import org.fabrique.participation.report.ReportInput;

/** One accepted suggestion, and reports of it (hidden after three distinct reporters). */
@Path("/api/v1/suggestions/{id: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Suggestions", description = "Missing subjects and potential allies proposed by readers")
public class SuggestionResource {
    private final SuggestionService service;
    private final EntityTags tags;

    public SuggestionResource(SuggestionService service, EntityTags tags) {
        this.service = service;
        this.tags = tags;
    }

    @GET
    @Operation(operationId = "getSuggestion", summary = "One accepted suggestion")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(
            responseCode = "404",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") long id, @Context Request request) {
        return tags.conditionalGet(request, service.get(id));
    }

    @POST
    @Path("/reports")
    @Operation(operationId = "reportSuggestion", summary = "Report an accepted suggestion to the moderators")
    @APIResponse(responseCode = "204", description = "Report received")
    @APIResponse(
            responseCode = "400",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "429",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void report(@PathParam("id") long id, @Valid @NotNull ReportInput input, @Context HttpServerRequest http) {
        service.report(id, input, ClientInfo.of(http));
    }
}
