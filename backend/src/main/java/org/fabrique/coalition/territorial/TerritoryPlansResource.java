package org.fabrique.coalition.territorial;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.security.Roles;

/**
 * A territory's planning documents and main strategy; lives here because they link territorial
 * coalitions and territory may not depend on coalition.
 */
@Path("/api/v1/territories/{territorySlug}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territorial coalitions")
public class TerritoryPlansResource {
    private final TerritoryPlanService service;

    public TerritoryPlansResource(TerritoryPlanService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listTerritoryPlans",
            summary = "The territory's planning documents and main strategy, with the coalitions each carries")
    public List<TerritoryPlanView> list(@PathParam("territorySlug") String territorySlug) {
        return service.list(territorySlug);
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.TERRITORY_MANAGER})
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.TERRITORY_MANAGER})
    @Operation(
            operationId = "setTerritoryPlans",
            summary = "Replace the territory's planning documents and main strategy",
            description = "The list given replaces the territory's, in its order. Each coalition named must be"
                    + " declined in the territory. For administrators and the territory's managers.")
    public List<TerritoryPlanView> replace(
            @PathParam("territorySlug") String territorySlug,
            @Valid @NotNull @Size(max = 30) List<@Valid @NotNull TerritoryPlanInput> plans) {
        return service.replace(territorySlug, plans);
    }
}
