package org.fabrique.coalition.territorial;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
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
    private final EntityTags tags;

    public TerritoryPlansResource(TerritoryPlanService service, EntityTags tags) {
        this.service = service;
        this.tags = tags;
    }

    @GET
    @Operation(
            operationId = "listTerritoryPlans",
            summary = "The territory's planning documents and main strategy, with the coalitions each carries")
    @APIResponse(
            responseCode = "200",
            description = "The list, with the ETag to send back as If-Match",
            content = @Content(schema = @Schema(implementation = TerritoryPlanView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    public Response list(@PathParam("territorySlug") String territorySlug, @Context Request request) {
        return tags.conditionalGet(request, service.list(territorySlug));
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
    @APIResponse(
            responseCode = "200",
            description = "The list as stored, with its new ETag",
            content = @Content(schema = @Schema(implementation = TerritoryPlanView.class, type = SchemaType.ARRAY)))
    public Response replace(
            @PathParam("territorySlug") String territorySlug,
            @Parameter(description = "The ETag of the list as read: 412 when it changed since") @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull @Size(max = 30) List<@Valid @NotNull TerritoryPlanInput> plans) {
        return tags.ok(service.replace(territorySlug, plans, ifMatch));
    }
}
