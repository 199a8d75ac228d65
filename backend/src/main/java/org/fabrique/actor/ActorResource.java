package org.fabrique.actor;

import io.quarkus.security.PermissionsAllowed;
import jakarta.annotation.security.RolesAllowed;
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
import org.fabrique.common.history.HistoryEntry;
import org.fabrique.common.history.HistoryReader;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.http.MergePatch;
import org.fabrique.common.http.MergePatchDocument;
import org.fabrique.common.http.MergePatcher;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.paging.QueryParams;
import org.fabrique.common.paging.UpdatedSince;
import org.fabrique.common.security.Roles;
import org.fabrique.common.text.TextNormalizer;

/** Actors: organisations and individual experts that join coalitions. */
@Path("/api/v1/actors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actors", description = "Organisations and individual experts")
public class ActorResource {
    private final ActorService service;
    private final EntityTags tags;
    private final MergePatcher patcher;

    private final HistoryReader historyReader;

    public ActorResource(ActorService service, EntityTags tags, MergePatcher patcher, HistoryReader historyReader) {
        this.historyReader = historyReader;
        this.patcher = patcher;
        this.service = service;
        this.tags = tags;
    }

    @GET
    @Operation(operationId = "listActors", summary = "Paged list of actors with filters")
    @APIResponse(responseCode = "200", description = "A page of actors")
    public Page<ActorListItem> list(
            @Parameter(description = "Kind of actor", schema = @Schema(implementation = ActorKind.class))
                    @QueryParam("kind")
                    String kind,
            @Parameter(description = "Slug of the actor's territory") @QueryParam("territory") String territory,
            @Parameter(description = "An expertise keyword (case-insensitive)") @QueryParam("expertise")
                    String expertise,
            @Parameter(description = "Words that must all occur in name, description or expertise (accents ignored)")
                    @QueryParam("q")
                    String q,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = UpdatedSince.DESCRIPTION_SINCE) @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = UpdatedSince.DESCRIPTION_CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = "name, kind or updatedAt; prefix with '-' for descending") @QueryParam("sort")
                    String sort) {
        PageRequest request = PageRequest.of(page, size, sort, ActorService.SORTS, "name")
                .withSince(UpdatedSince.of(updatedSince, cursor));
        return service.list(
                QueryParams.enumValue("kind", kind, ActorKind.class),
                QueryParams.text("territory", territory, 120),
                QueryParams.text("expertise", expertise, 80),
                TextNormalizer.terms(QueryParams.text("q", q, 200)),
                request);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getActor", summary = "One actor with territory, expertise and people")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ActorView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        return tags.conditionalGet(request, service.get(slug));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    @Operation(operationId = "createActor", summary = "Create an actor")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ActorView.class)))
    public Response create(@Valid @NotNull ActorInput input, @Context UriInfo uri) {
        Versioned<ActorView> created = service.create(input);
        return tags.created(
                uri.getAbsolutePathBuilder().path(created.view().slug()).build(), created);
    }

    @PUT
    @Path("/{slug}")
    @PermissionsAllowed(ActorAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR, Roles.MEMBER})
    @Operation(operationId = "updateActor", summary = "Replace an actor")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ActorView.class)))
    public Response update(
            @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull ActorInput input) {
        return tags.ok(service.update(slug, input, ifMatch));
    }

    @PATCH
    @Path("/{slug}")
    @PermissionsAllowed(ActorAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR, Roles.MEMBER})
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "patchActor",
            summary = "Change some fields of an actor (JSON Merge Patch)",
            description = "RFC 7396: the patch applies to the representation a GET serves; a field set to null"
                    + " is removed, an object merges, an array replaces. The result is checked and saved as"
                    + " a PUT of it would be (ActorInput).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = MergePatchDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "change",
                                            value =
                                                    "{\"website\": \"https://www.latitudes.cc\", \"description\": null}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ActorView.class)))
    public Response patch(
            @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            byte[] patch) {
        return tags.ok(patcher.patch(
                patch, ActorInput.class, () -> service.get(slug), input -> service.update(slug, input, ifMatch)));
    }

    @DELETE
    @Path("/{slug}")
    @PermissionsAllowed(ActorAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR, Roles.MEMBER})
    @Operation(operationId = "deleteActor", summary = "Delete an actor (its people stay, without actor)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("slug") String slug) {
        service.delete(slug);
    }

    @GET
    @Path("/{slug}/history")
    @PermissionsAllowed(ActorAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR, Roles.MEMBER})
    @Operation(
            operationId = "getActorHistory",
            summary = "Who changed what of an actor, and when (newest first)",
            description = "Hibernate Envers revisions with field-level differences; readable by those who may"
                    + " edit it. An author is a display name, DELETED once the account was deleted, SYSTEM for"
                    + " the demo data.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    public Page<HistoryEntry> history(
            @PathParam("slug") String slug,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return historyReader.ofSlug(Actor.class, "actor", slug, PageRequest.of(page, size));
    }
}
