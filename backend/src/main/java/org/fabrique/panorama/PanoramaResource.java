package org.fabrique.panorama;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.paging.PageRequest;

@Path("/api/v1/panorama")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Panorama", description = "Coalitions by thematic axis, with keyword clouds")
public class PanoramaResource {
    static final int DEFAULT_PER_AXIS = 12;

    private final PanoramaService service;
    private final EntityTags tags;

    public PanoramaResource(PanoramaService service, EntityTags tags) {
        this.service = service;
        this.tags = tags;
    }

    @GET
    @Operation(
            operationId = "getPanorama",
            summary = "Every axis with its keyword cloud, its coalitions and counts, in one call",
            description = "A coalition in several axes appears in each. Each axis lists its first coalitions by"
                    + " number (coalitionsPerAxis); coalitionCount gives them all, and"
                    + " /api/v1/coalitions?axis={slug} pages through them.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PanoramaView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    public Response panorama(
            @Parameter(
                            description = "Coalitions listed per axis, 0 to 100 (default 12)",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "0",
                                            maximum = "100",
                                            defaultValue = "12"))
                    @QueryParam("coalitionsPerAxis")
                    String perAxis,
            @Context Request request) {
        int limit = PageRequest.parse("coalitionsPerAxis", perAxis, DEFAULT_PER_AXIS, 0, PageRequest.MAX_SIZE);
        return tags.conditionalGet(request, service.panorama(limit));
    }
}
