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
import org.fabrique.common.i18n.TranslationInput;
import org.fabrique.common.i18n.TranslationsView;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.paging.QueryParams;
import org.fabrique.common.paging.UpdatedSince;
import org.fabrique.common.security.Roles;

/**
 * HTTP endpoint of the toolbox's shared resources (named "endpoint" rather than
 * "SharedResourceResource" to keep the domain word and the JAX-RS word apart).
 */
@Path("/api/v1/resources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Toolbox", description = "Shared resources and local initiatives")
public class SharedResourceEndpoint {
    private final SharedResourceService service;
    private final EntityTags tags;
    private final MergePatcher patcher;

    private final HistoryReader historyReader;

    public SharedResourceEndpoint(
            SharedResourceService service, EntityTags tags, MergePatcher patcher, HistoryReader historyReader) {
        this.historyReader = historyReader;
        this.patcher = patcher;
        this.service = service;
        this.tags = tags;
    }

    @GET
    @Operation(operationId = "listSharedResources", summary = "Paged list of shared resources with filters")
    @APIResponse(responseCode = "200", description = "A page of shared resources")
    public Page<SharedResourceView> list(
            @Parameter(description = "Slug of a territory; includes the territories below it") @QueryParam("territory")
                    String territory,
            @Parameter(description = "Slug of a coalition the resource serves") @QueryParam("coalition")
                    String coalition,
            @Parameter(description = "Slug of an axis: resources serving a coalition of that axis") @QueryParam("axis")
                    String axis,
            @Parameter(description = "Licence, one of the list of `SharedResourceInput.licence`") @QueryParam("licence")
                    String licence,
            @Parameter(description = "Kind of resource", schema = @Schema(implementation = ResourceKind.class))
                    @QueryParam("kind")
                    String kind,
            @Parameter(description = "Availability", schema = @Schema(implementation = Availability.class))
                    @QueryParam("availability")
                    String availability,
            @Parameter(description = "Text the title contains (case-insensitive)") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = UpdatedSince.DESCRIPTION_SINCE) @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = UpdatedSince.DESCRIPTION_CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = "title or updatedAt; prefix with '-' for descending") @QueryParam("sort")
                    String sort) {
        PageRequest request = PageRequest.of(page, size, sort, SharedResourceService.SORTS, "title")
                .withSince(UpdatedSince.of(updatedSince, cursor));
        return service.list(
                new SharedResourceService.Criteria(
                        QueryParams.text("territory", territory, 120),
                        QueryParams.text("coalition", coalition, 120),
                        QueryParams.text("axis", axis, 120),
                        QueryParams.enumValue("kind", kind, ResourceKind.class),
                        QueryParams.enumValue("availability", availability, Availability.class),
                        Licences.filter(licence),
                        QueryParams.text("q", q, 200)),
                request);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getSharedResource", summary = "One shared resource")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SharedResourceView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        return tags.conditionalGet(request, service.get(slug));
    }

    @POST
    @PermissionsAllowed(ToolboxAccess.RESOURCE_CREATE)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.TERRITORY_MANAGER, Roles.EDITOR, Roles.PARTNER})
    @Operation(
            operationId = "createSharedResource",
            summary = "Create a shared resource",
            description =
                    "Create a shared resource. A partner client publishes for the actor its account is linked to: `publisher` is set to that actor (naming another is a 403).")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SharedResourceView.class)))
    public Response create(@Valid @NotNull SharedResourceInput input, @Context UriInfo uri) {
        Versioned<SharedResourceView> created = service.create(input);
        return tags.created(
                uri.getAbsolutePathBuilder().path(created.view().slug()).build(), created);
    }

    @PUT
    @Path("/{slug}")
    @PermissionsAllowed(ToolboxAccess.RESOURCE_EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.TERRITORY_MANAGER, Roles.EDITOR, Roles.PARTNER})
    @Operation(
            operationId = "updateSharedResource",
            summary = "Replace a shared resource",
            description =
                    "Replace a shared resource. A partner client replaces only the resources its actor publishes, and they stay its actor's.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SharedResourceView.class)))
    public Response update(
            @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull SharedResourceInput input) {
        return tags.ok(service.update(slug, input, ifMatch));
    }

    @PATCH
    @Path("/{slug}")
    @PermissionsAllowed(ToolboxAccess.RESOURCE_PATCH)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.TERRITORY_MANAGER, Roles.EDITOR, Roles.PARTNER})
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "patchSharedResource",
            summary = "Change some fields of a shared resource (JSON Merge Patch)",
            description = "RFC 7396: the patch applies to the representation a GET serves; a field set to null"
                    + " is removed, an object merges, an array replaces. The result is checked and saved as"
                    + " a PUT of it would be (SharedResourceInput).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = MergePatchDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "change",
                                            value = "{\"availability\": \"AVAILABLE\", \"licence\": null}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SharedResourceView.class)))
    public Response patch(
            @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            byte[] patch) {
        return tags.ok(patcher.patch(
                patch,
                SharedResourceInput.class,
                () -> service.get(slug),
                input -> service.update(slug, input, ifMatch)));
    }

    @GET
    @Path("/{slug}/translations")
    @PermissionsAllowed(ToolboxAccess.RESOURCE_PATCH)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.TERRITORY_MANAGER, Roles.EDITOR, Roles.PARTNER})
    @Operation(
            operationId = "getSharedResourceTranslations",
            summary = "The shared resource's original texts and their translations, side by side")
    public TranslationsView translations(@PathParam("slug") String slug) {
        return service.translations(slug);
    }

    @PUT
    @Path("/{slug}/translations/{lang}")
    @PermissionsAllowed(ToolboxAccess.RESOURCE_PATCH)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.TERRITORY_MANAGER, Roles.EDITOR, Roles.PARTNER})
    @Operation(
            operationId = "translateSharedResource",
            summary = "Write the shared resource's texts (title, description) in another language than their original",
            description = "A text replaces the translation of its field, an empty one removes it, a field left out"
                    + " is unchanged. Same permission as editing the shared resource.")
    public TranslationsView translate(
            @PathParam("slug") String slug,
            @Parameter(description = "fr or en, not the original language") @PathParam("lang") String lang,
            @Valid @NotNull TranslationInput input) {
        return service.translate(slug, lang, input);
    }

    @DELETE
    // A 204 has no body: a client that accepts only problem+json (the errors) must not get a 406.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{slug}/translations/{lang}")
    @PermissionsAllowed(ToolboxAccess.RESOURCE_PATCH)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.TERRITORY_MANAGER, Roles.EDITOR, Roles.PARTNER})
    @Operation(operationId = "deleteSharedResourceTranslation", summary = "Remove every text of a translation")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteTranslation(@PathParam("slug") String slug, @PathParam("lang") String lang) {
        service.deleteTranslation(slug, lang);
    }

    @DELETE
    // A 204 has no body: a client that accepts only problem+json (the errors) must not get a 406.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{slug}")
    @PermissionsAllowed(ToolboxAccess.RESOURCE_DELETE)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.TERRITORY_MANAGER, Roles.EDITOR, Roles.PARTNER})
    @Operation(
            operationId = "deleteSharedResource",
            summary = "Delete a shared resource",
            description = "Delete a shared resource. A partner client deletes only the resources its actor publishes.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("slug") String slug) {
        service.delete(slug);
    }

    @GET
    @Path("/{slug}/history")
    @PermissionsAllowed(ToolboxAccess.RESOURCE_DELETE)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.TERRITORY_MANAGER, Roles.EDITOR, Roles.MEMBER})
    @Operation(
            operationId = "getSharedResourceHistory",
            summary = "Who changed what of a shared resource, and when (newest first)",
            description = "Hibernate Envers revisions with field-level differences; readable by those who may"
                    + " edit it. An author is a display name, DELETED once the account was deleted, SYSTEM for"
                    + " the demo data.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    public Page<HistoryEntry> history(
            @PathParam("slug") String slug,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return historyReader.ofSlug(SharedResource.class, "resource", slug, PageRequest.of(page, size));
    }
}
