package org.fabrique.toolbox;

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
import org.fabrique.common.error.Problem;
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

/** HTTP endpoint of the local initiatives made visible per territory and coalition. */
@Path("/api/v1/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Toolbox", description = "Shared resources and local initiatives")
public class LocalInitiativeResource {
    private final LocalInitiativeService service;
    private final EntityTags tags;
    private final MergePatcher patcher;

    private final HistoryReader historyReader;

    public LocalInitiativeResource(
            LocalInitiativeService service, EntityTags tags, MergePatcher patcher, HistoryReader historyReader) {
        this.historyReader = historyReader;
        this.patcher = patcher;
        this.service = service;
        this.tags = tags;
    }

    @GET
    @Operation(operationId = "listLocalInitiatives", summary = "Paged list of local initiatives with filters")
    @APIResponse(responseCode = "200", description = "A page of local initiatives")
    public Page<LocalInitiativeView> list(
            @Parameter(description = "Slug of a territory; includes the territories below it") @QueryParam("territory")
                    String territory,
            @Parameter(description = "Slug of the coalition") @QueryParam("coalition") String coalition,
            @Parameter(description = "Slug of the actor carrying the initiative") @QueryParam("actor") String actor,
            @Parameter(description = "Text the title contains (case-insensitive)") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = UpdatedSince.DESCRIPTION_SINCE) @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = UpdatedSince.DESCRIPTION_CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = "title or updatedAt; prefix with '-' for descending") @QueryParam("sort")
                    String sort) {
        PageRequest request = PageRequest.of(page, size, sort, LocalInitiativeService.SORTS, "title")
                .withSince(UpdatedSince.of(updatedSince, cursor));
        return service.list(
                new LocalInitiativeService.Criteria(
                        QueryParams.text("territory", territory, 120),
                        QueryParams.text("coalition", coalition, 120),
                        QueryParams.text("actor", actor, 120),
                        QueryParams.text("q", q, 200)),
                request);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getLocalInitiative", summary = "One local initiative")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LocalInitiativeView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        return tags.conditionalGet(request, service.get(slug));
    }

    @POST
    @PermissionsAllowed(ToolboxAccess.INITIATIVE_CREATE)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.TERRITORY_MANAGER, Roles.EDITOR, Roles.PARTNER})
    @Operation(
            operationId = "createLocalInitiative",
            summary = "Create a local initiative",
            description =
                    "Create a local initiative. A partner client creates initiatives carried by the actor its account is linked to: `actor` is set to that actor (naming another is a 403).")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = LocalInitiativeView.class)))
    public Response create(@Valid @NotNull LocalInitiativeInput input, @Context UriInfo uri) {
        Versioned<LocalInitiativeView> created = service.create(input);
        return tags.created(
                uri.getAbsolutePathBuilder().path(created.view().slug()).build(), created);
    }

    @PUT
    @Path("/{slug}")
    @PermissionsAllowed(ToolboxAccess.INITIATIVE_EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.TERRITORY_MANAGER, Roles.EDITOR, Roles.PARTNER})
    @Operation(
            operationId = "updateLocalInitiative",
            summary = "Replace a local initiative",
            description =
                    "Replace a local initiative. A partner client replaces only the initiatives its actor carries, and they stay its actor's.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LocalInitiativeView.class)))
    public Response update(
            @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull LocalInitiativeInput input) {
        return tags.ok(service.update(slug, input, ifMatch));
    }

    @PATCH
    @Path("/{slug}")
    @PermissionsAllowed(ToolboxAccess.INITIATIVE_PATCH)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.TERRITORY_MANAGER, Roles.EDITOR, Roles.PARTNER})
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "patchLocalInitiative",
            summary = "Change some fields of a local initiative (JSON Merge Patch)",
            description = "RFC 7396: the patch applies to the representation a GET serves; a field set to null"
                    + " is removed, an object merges, an array replaces. The result is checked and saved as"
                    + " a PUT of it would be (LocalInitiativeInput).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = MergePatchDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "change",
                                            value = "{\"title\": \"Repair café numérique\", \"url\": null}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LocalInitiativeView.class)))
    public Response patch(
            @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            byte[] patch) {
        return tags.ok(patcher.patch(
                patch,
                LocalInitiativeInput.class,
                () -> service.get(slug),
                input -> service.update(slug, input, ifMatch)));
    }

    @DELETE
    // A 204 has no body: a client that accepts only problem+json (the errors) must not get a 406.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{slug}")
    @PermissionsAllowed(ToolboxAccess.INITIATIVE_DELETE)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.TERRITORY_MANAGER, Roles.EDITOR, Roles.PARTNER})
    @Operation(
            operationId = "deleteLocalInitiative",
            summary = "Delete a local initiative",
            description = "Delete a local initiative. A partner client deletes only the initiatives its actor carries.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("slug") String slug) {
        service.delete(slug);
    }

    @GET
    @Path("/{slug}/history")
    @PermissionsAllowed(ToolboxAccess.INITIATIVE_DELETE)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.TERRITORY_MANAGER, Roles.EDITOR, Roles.MEMBER})
    @Operation(
            operationId = "getLocalInitiativeHistory",
            summary = "Who changed what of a local initiative, and when (newest first)",
            description = "Hibernate Envers revisions with field-level differences; readable by those who may"
                    + " edit it. An author is a display name, DELETED once the account was deleted, SYSTEM for"
                    + " the demo data.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    public Page<HistoryEntry> history(
            @PathParam("slug") String slug,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return historyReader.ofSlug(LocalInitiative.class, "initiative", slug, PageRequest.of(page, size));
    }
}
