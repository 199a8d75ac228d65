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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.error.Problem;
import org.fabrique.common.paging.Page;
import org.fabrique.participation.SubmissionReceipt;

/** Suggestions for a coalition (see {@link SuggestionTargetResource}). */
@Path("/api/v1/coalitions/{slug}/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Suggestions", description = "Missing subjects and potential allies proposed by readers")
public class CoalitionSuggestionResource extends SuggestionTargetResource {
    public CoalitionSuggestionResource(SuggestionService service) {
        super(service, SuggestionTarget.Kind.COALITION);
    }

    @GET
    @Operation(operationId = "listCoalitionSuggestions", summary = "Accepted suggestions for a coalition")
    @APIResponse(responseCode = "200", description = "A page of accepted suggestions")
    @APIResponse(
            responseCode = "400",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<SuggestionView> list(
            @PathParam("slug") String slug,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = "createdAt (default) or -createdAt") @QueryParam("sort") String sort) {
        return accepted(slug, page, size, sort);
    }

    @POST
    @Operation(
            operationId = "createCoalitionSuggestion",
            summary = "Suggest a missing subject or a potential ally for a coalition")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SubmissionReceipt.class)))
    @APIResponse(
            responseCode = "400",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "429",
            description = "Too many submissions from this client or e-mail address (Retry-After)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @PathParam("slug") String slug, @Valid @NotNull SuggestionInput input, @Context HttpServerRequest http) {
        return submit(slug, input, http);
    }
}
