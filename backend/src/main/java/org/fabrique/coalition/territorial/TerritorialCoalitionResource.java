package org.fabrique.coalition.territorial;

import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.coalition.CoalitionAccess;
import org.fabrique.common.error.Problem;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.http.MergePatch;
import org.fabrique.common.http.MergePatchDocument;
import org.fabrique.common.http.MergePatcher;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.paging.UpdatedSince;
import org.fabrique.common.security.Roles;

/** HTTP interface of the territorial declensions of a coalition. */
@Path("/api/v1/coalitions/{slug}/territories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Territorial coalitions", description = "Local declensions of coalitions in territories")
public class TerritorialCoalitionResource {
    private final TerritorialCoalitionService service;
    private final EntityTags tags;
    private final MergePatcher patcher;

    public TerritorialCoalitionResource(TerritorialCoalitionService service, EntityTags tags, MergePatcher patcher) {
        this.patcher = patcher;
        this.service = service;
        this.tags = tags;
    }

    @GET
    @Operation(operationId = "listCoalitionTerritories", summary = "The territories a coalition is declined in")
    @APIResponse(responseCode = "200", description = "A page of territorial coalitions")
    public Page<TerritorialCoalitionView> list(
            @PathParam("slug") String slug,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = UpdatedSince.DESCRIPTION_SINCE) @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = UpdatedSince.DESCRIPTION_CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = "createdAt, status or priority; prefix '-' for descending") @QueryParam("sort")
                    String sort) {
        return service.ofCoalition(
                slug,
                PageRequest.of(page, size, sort, TerritorialCoalitionService.COALITION_SORTS, "createdAt")
                        .withSince(UpdatedSince.of(updatedSince, cursor)));
    }

    @GET
    @Path("/{territorySlug}")
    @Operation(operationId = "getCoalitionTerritory", summary = "A coalition's declension in one territory")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = TerritorialCoalitionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    public Response get(
            @PathParam("slug") String slug,
            @PathParam("territorySlug") String territorySlug,
            @Context Request request) {
        return tags.conditionalGet(request, service.get(slug, territorySlug));
    }

    @POST
    @PermissionsAllowed(CoalitionAccess.DECLENSION_CREATE)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.COORDINATOR, Roles.TERRITORY_MANAGER})
    @Operation(operationId = "addCoalitionTerritory", summary = "Decline a coalition in a territory")
    @APIResponse(
            responseCode = "201",
            content = @Content(schema = @Schema(implementation = TerritorialCoalitionView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already declined in that territory",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @PathParam("slug") String slug, @Valid @NotNull TerritorialCoalitionInput input, @Context UriInfo uri) {
        Versioned<TerritorialCoalitionView> created = service.create(slug, input);
        return tags.created(
                uri.getAbsolutePathBuilder()
                        .path(created.view().territory().slug())
                        .build(),
                created);
    }

    @PUT
    @Path("/{territorySlug}")
    @PermissionsAllowed(CoalitionAccess.DECLENSION_EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.COORDINATOR, Roles.TERRITORY_MANAGER})
    @Operation(operationId = "updateCoalitionTerritory", summary = "Replace a coalition's declension in a territory")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = TerritorialCoalitionView.class)))
    public Response update(
            @PathParam("slug") String slug,
            @PathParam("territorySlug") String territorySlug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull TerritorialCoalitionInput input) {
        return tags.ok(service.update(slug, territorySlug, input, ifMatch));
    }

    @PATCH
    @Path("/{territorySlug}")
    @PermissionsAllowed(CoalitionAccess.DECLENSION_EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.COORDINATOR, Roles.TERRITORY_MANAGER})
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "patchCoalitionTerritory",
            summary = "Change some fields of a coalition's declension in a territory (JSON Merge Patch)",
            description = "RFC 7396: the patch applies to the representation a GET serves; a field set to null"
                    + " is removed, an object merges, an array replaces. The result is checked and saved as"
                    + " a PUT of it would be (TerritorialCoalitionInput).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = MergePatchDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "change",
                                            value = "{\"status\": \"ACTIVE\", \"commitments\": null}")))
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = TerritorialCoalitionView.class)))
    public Response patch(
            @PathParam("slug") String slug,
            @PathParam("territorySlug") String territorySlug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            byte[] patch) {
        return tags.ok(patcher.patch(
                patch,
                TerritorialCoalitionInput.class,
                () -> service.get(slug, territorySlug),
                input -> service.update(slug, territorySlug, input, ifMatch)));
    }

    @DELETE
    @Path("/{territorySlug}")
    @PermissionsAllowed(CoalitionAccess.DECLENSION_EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.COORDINATOR, Roles.TERRITORY_MANAGER})
    @Operation(operationId = "removeCoalitionTerritory", summary = "Remove a coalition's declension in a territory")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("slug") String slug, @PathParam("territorySlug") String territorySlug) {
        service.delete(slug, territorySlug);
    }
}
