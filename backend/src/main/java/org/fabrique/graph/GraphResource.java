package org.fabrique.graph;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.coalition.Stage;
import org.fabrique.common.error.Problem;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.paging.QueryParams;

@Path("/api/v1/graph")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alliance graph", description = "Actors, coalitions, problems and territories as a network")
public class GraphResource {
    private final GraphService service;
    private final EntityTags tags;

    public GraphResource(GraphService service, EntityTags tags) {
        this.service = service;
        this.tags = tags;
    }

    @GET
    @Operation(
            operationId = "getAllianceGraph",
            summary = "The alliance graph of the coalitions that match the filters, with network measures",
            description = "Nodes: the coalitions that match, their problems, their members (proposed or"
                    + " confirmed) and the territories where they are declined. Measures: the actors that"
                    + " bridge coalitions and the problems with no ally yet.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = GraphView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    @APIResponse(
            responseCode = "400",
            description = "Unknown axis or territory, or bad stage",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response graph(
            @Parameter(description = "Slug of a thematic axis") @QueryParam("axis") String axis,
            @Parameter(description = "Slug of a territory (its sub-territories included)") @QueryParam("territory")
                    String territory,
            @Parameter(description = "A stage, e.g. forming") @QueryParam("stage") String stage,
            @Context Request request) {
        return tags.conditionalGet(
                request,
                service.graph(
                        QueryParams.text("axis", axis, 120),
                        QueryParams.text("territory", territory, 120),
                        QueryParams.enumValue("stage", stage, Stage.class)));
    }
}
