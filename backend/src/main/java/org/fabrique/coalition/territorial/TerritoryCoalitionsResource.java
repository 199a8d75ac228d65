package org.fabrique.coalition.territorial;

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
import org.fabrique.common.paging.QueryParams;
import org.fabrique.common.paging.UpdatedSince;

/** The coalitions declined in a territory; lives here because territory may not depend on coalition. */
@Path("/api/v1/territories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territorial coalitions")
public class TerritoryCoalitionsResource {
    private final TerritorialCoalitionService service;

    public TerritoryCoalitionsResource(TerritorialCoalitionService service) {
        this.service = service;
    }

    @GET
    @Path("/coalition-counts")
    @Operation(
            operationId = "countTerritorialCoalitions",
            summary = "Each territory where coalitions are declined, with their number (for the map)")
    @APIResponse(responseCode = "200", description = "The territories with at least one declension, by slug")
    public java.util.List<TerritoryCoalitionCount> counts() {
        return service.countsByTerritory();
    }

    @GET
    @Path("/{territorySlug}/coalitions")
    @Operation(operationId = "listTerritoryCoalitions", summary = "The coalitions declined in a territory")
    @APIResponse(responseCode = "200", description = "A page of territorial coalitions")
    public Page<TerritorialCoalitionView> list(
            @PathParam("territorySlug") String territorySlug,
            @Parameter(description = "pilot or contributor") @QueryParam("positioning") String positioning,
            @Parameter(description = "identified, partners-sought, commitments-set or active") @QueryParam("status")
                    String status,
            @Parameter(description = "true for the territory's priority coalitions only") @QueryParam("priority")
                    String priority,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = UpdatedSince.DESCRIPTION_SINCE) @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = UpdatedSince.DESCRIPTION_CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = "number, createdAt, status or priority; prefix '-' for descending")
                    @QueryParam("sort")
                    String sort) {
        return service.ofTerritory(
                territorySlug,
                QueryParams.enumValue("positioning", positioning, Positioning.class),
                QueryParams.enumValue("status", status, TerritorialStatus.class),
                bool("priority", priority),
                PageRequest.of(page, size, sort, TerritorialCoalitionService.TERRITORY_SORTS, "number")
                        .withSince(UpdatedSince.of(updatedSince, cursor)));
    }

    private static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw PageRequest.invalid(name, "must be true or false");
        };
    }
}
