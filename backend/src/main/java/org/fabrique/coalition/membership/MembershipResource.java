package org.fabrique.coalition.membership;

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
import org.fabrique.common.security.Roles;

/** HTTP interface of the members of a coalition (actors, roles, commitments, statuses). */
@Path("/api/v1/coalitions/{slug}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Memberships", description = "Actors engaged in coalitions: role, commitment they can hold, status")
public class MembershipResource {
    private final MembershipService service;
    private final EntityTags tags;
    private final MergePatcher patcher;

    public MembershipResource(MembershipService service, EntityTags tags, MergePatcher patcher) {
        this.patcher = patcher;
        this.service = service;
        this.tags = tags;
    }

    @GET
    @Operation(operationId = "listCoalitionMembers", summary = "The members of a coalition")
    @APIResponse(responseCode = "200", description = "A page of memberships")
    public Page<MembershipView> list(
            @PathParam("slug") String slug,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = "createdAt, role or status; prefix '-' for descending") @QueryParam("sort")
                    String sort) {
        return service.list(slug, PageRequest.of(page, size, sort, MembershipService.MEMBER_SORTS, "createdAt"));
    }

    @GET
    @Path("/{actorSlug}")
    @Operation(operationId = "getCoalitionMember", summary = "One actor's engagement in a coalition")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    public Response get(
            @PathParam("slug") String slug, @PathParam("actorSlug") String actorSlug, @Context Request request) {
        return tags.conditionalGet(request, service.get(slug, actorSlug));
    }

    @POST
    @PermissionsAllowed(CoalitionAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.COORDINATOR})
    @Operation(
            operationId = "addCoalitionMember",
            summary = "Engage an actor in a coalition (status PROPOSED by default)")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The actor is already a member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @PathParam("slug") String slug, @Valid @NotNull MembershipInput input, @Context UriInfo uri) {
        Versioned<MembershipView> created = service.create(slug, input);
        return tags.created(
                uri.getAbsolutePathBuilder().path(created.view().actor().slug()).build(), created);
    }

    @PUT
    @Path("/{actorSlug}")
    @PermissionsAllowed(CoalitionAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "updateCoalitionMember", summary = "Replace an actor's role, commitment and status")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MembershipView.class)))
    public Response update(
            @PathParam("slug") String slug,
            @PathParam("actorSlug") String actorSlug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull MembershipUpdate input) {
        return tags.ok(service.update(slug, actorSlug, input, ifMatch));
    }

    @PATCH
    @Path("/{actorSlug}")
    @PermissionsAllowed(CoalitionAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "patchCoalitionMember",
            summary = "Change some fields of an actor's membership of a coalition (JSON Merge Patch)",
            description = "RFC 7396: the patch applies to the representation a GET serves; a field set to null"
                    + " is removed, an object merges, an array replaces. The result is checked and saved as"
                    + " a PUT of it would be (MembershipUpdate).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = MergePatchDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "change",
                                            value = "{\"status\": \"CONFIRMED\", \"commitment\": null}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MembershipView.class)))
    public Response patch(
            @PathParam("slug") String slug,
            @PathParam("actorSlug") String actorSlug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            byte[] patch) {
        return tags.ok(patcher.patch(
                patch,
                MembershipUpdate.class,
                () -> service.get(slug, actorSlug),
                input -> service.update(slug, actorSlug, input, ifMatch)));
    }

    @DELETE
    @Path("/{actorSlug}")
    @PermissionsAllowed(CoalitionAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "removeCoalitionMember", summary = "Remove an actor from a coalition")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("slug") String slug, @PathParam("actorSlug") String actorSlug) {
        service.delete(slug, actorSlug);
    }
}
