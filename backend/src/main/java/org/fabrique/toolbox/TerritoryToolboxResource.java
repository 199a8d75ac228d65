package org.fabrique.toolbox;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.paging.UpdatedSince;

/**
 * The toolbox of a territory: its shared resources and local initiatives, including those of the
 * territories below it. Served by the toolbox feature under the territory's path.
 */
@Path("/api/v1/territories/{slug}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Toolbox", description = "Shared resources and local initiatives")
public class TerritoryToolboxResource {
    private final SharedResourceService resources;
    private final LocalInitiativeService initiatives;

    public TerritoryToolboxResource(SharedResourceService resources, LocalInitiativeService initiatives) {
        this.resources = resources;
        this.initiatives = initiatives;
    }

    @GET
    @Path("/resources")
    @Operation(
            operationId = "listTerritoryResources",
            summary = "Shared resources of a territory and of the territories below it")
    @APIResponse(responseCode = "200", description = "A page of shared resources")
    public Page<SharedResourceView> resources(
            @PathParam("slug") String slug,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = UpdatedSince.DESCRIPTION_SINCE) @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = UpdatedSince.DESCRIPTION_CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = "title or updatedAt; prefix with '-' for descending") @QueryParam("sort")
                    String sort) {
        return resources.ofTerritory(
                slug,
                PageRequest.of(page, size, sort, SharedResourceService.SORTS, "title")
                        .withSince(UpdatedSince.of(updatedSince, cursor)));
    }

    @GET
    @Path("/initiatives")
    @Operation(
            operationId = "listTerritoryInitiatives",
            summary = "Local initiatives of a territory and of the territories below it")
    @APIResponse(responseCode = "200", description = "A page of local initiatives")
    public Page<LocalInitiativeView> initiatives(
            @PathParam("slug") String slug,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = UpdatedSince.DESCRIPTION_SINCE) @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = UpdatedSince.DESCRIPTION_CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = "title or updatedAt; prefix with '-' for descending") @QueryParam("sort")
                    String sort) {
        return initiatives.ofTerritory(
                slug,
                PageRequest.of(page, size, sort, LocalInitiativeService.SORTS, "title")
                        .withSince(UpdatedSince.of(updatedSince, cursor)));
    }
}
