package org.fabrique.coalition;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.error.Problem;

/** A coalition's health, beside its view (the panorama embeds the same record for its cards). */
@Path("/api/v1/coalitions/{slug}/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coalitions")
public class CoalitionHealthResource {
    private final CoalitionHealthService service;

    public CoalitionHealthResource(CoalitionHealthService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "getCoalitionHealth",
            summary = "Allies found against allies sought, impact progress, time in the stage, recent activity")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CoalitionHealth.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such coalition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CoalitionHealth get(@PathParam("slug") String slug) {
        return service.of(slug);
    }
}
