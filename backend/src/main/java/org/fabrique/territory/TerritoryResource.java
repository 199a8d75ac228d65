package org.fabrique.territory;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
 * Territories (national, regions, départements, metropolises, communes) and their hierarchy.
 *
 * <p>Design of the reads: {@code GET /api/v1/territories} answers the whole hierarchy as a tree
 * (a list of root {@link TerritoryNode}s, built from one query), which is what a picker or a map
 * legend needs; {@code GET /api/v1/territories/list} answers a paged flat list filtered by
 * {@code kind} and {@code parent}, with the usual {@code page/size/sort}. Two paths rather than a
 * {@code flat=true} switch so that each has one response schema in the OpenAPI contract. The
 * slug {@code list} is therefore reserved. Toolbox reads under {@code /{slug}/resources} and
 * {@code /{slug}/initiatives} are served by the toolbox feature.
 */
@Path("/api/v1/territories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Territories", description = "Territories and their hierarchy")
public class TerritoryResource {
    private final TerritoryService service;
    private final EntityTags tags;
    private final MergePatcher patcher;

    private final HistoryReader historyReader;

    public TerritoryResource(
            TerritoryService service, EntityTags tags, MergePatcher patcher, HistoryReader historyReader) {
        this.historyReader = historyReader;
        this.patcher = patcher;
        this.service = service;
        this.tags = tags;
    }

    @GET
    @Operation(operationId = "getTerritoryTree", summary = "The hierarchy of territories as a tree of root nodes")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = TerritoryNode.class, type = SchemaType.ARRAY)))
    public List<TerritoryNode> tree(
            @Parameter(
                            description = UpdatedSince.DESCRIPTION_SINCE
                                    + ". Only the territories updated since, a territory whose parent was not"
                                    + " updated being a root")
                    @QueryParam("updatedSince")
                    String updatedSince) {
        return service.tree(UpdatedSince.of(updatedSince, null));
    }

    @GET
    @Path("/list")
    @Operation(operationId = "listTerritories", summary = "Flat paged list of territories")
    @APIResponse(responseCode = "200", description = "A page of territory summaries")
    public Page<TerritorySummary> list(
            @Parameter(description = "Kind of territory", schema = @Schema(implementation = TerritoryKind.class))
                    @QueryParam("kind")
                    String kind,
            @Parameter(description = "Slug of the parent: only its direct children") @QueryParam("parent")
                    String parent,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = UpdatedSince.DESCRIPTION_SINCE) @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = UpdatedSince.DESCRIPTION_CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = "name, kind, code or updatedAt; prefix with '-' for descending")
                    @QueryParam("sort")
                    String sort) {
        PageRequest request = PageRequest.of(page, size, sort, TerritoryService.SORTS, "name")
                .withSince(UpdatedSince.of(updatedSince, cursor));
        return service.list(
                QueryParams.enumValue("kind", kind, TerritoryKind.class),
                QueryParams.text("parent", parent, 120),
                request);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getTerritory", summary = "One territory with parent, children and ancestors")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TerritoryView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        return tags.conditionalGet(request, service.get(slug));
    }

    @POST
    @RolesAllowed({Roles.ADMIN})
    @Operation(operationId = "createTerritory", summary = "Create a territory")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = TerritoryView.class)))
    public Response create(@Valid @NotNull TerritoryInput input, @Context UriInfo uri) {
        Versioned<TerritoryView> created = service.create(input);
        return tags.created(
                uri.getAbsolutePathBuilder().path(created.view().slug()).build(), created);
    }

    @PUT
    @Path("/{slug}")
    @PermissionsAllowed(TerritoryAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.TERRITORY_MANAGER})
    @Operation(operationId = "updateTerritory", summary = "Replace a territory (a parent cycle is refused)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TerritoryView.class)))
    public Response update(
            @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull TerritoryInput input) {
        return tags.ok(service.update(slug, input, ifMatch));
    }

    @PATCH
    @Path("/{slug}")
    @PermissionsAllowed(TerritoryAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.TERRITORY_MANAGER})
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "patchTerritory",
            summary = "Change some fields of a territory (JSON Merge Patch)",
            description = "RFC 7396: the patch applies to the representation a GET serves; a field set to null"
                    + " is removed, an object merges, an array replaces. The result is checked and saved as"
                    + " a PUT of it would be (TerritoryInput).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = MergePatchDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "change",
                                            value = "{\"code\": \"200093201\", \"description\": null}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TerritoryView.class)))
    public Response patch(
            @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            byte[] patch) {
        return tags.ok(patcher.patch(
                patch, TerritoryInput.class, () -> service.get(slug), input -> service.update(slug, input, ifMatch)));
    }

    @GET
    @Path("/{slug}/translations")
    @PermissionsAllowed(TerritoryAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.TERRITORY_MANAGER})
    @Operation(
            operationId = "getTerritoryTranslations",
            summary = "The territory's original texts and their translations, side by side")
    public TranslationsView translations(@PathParam("slug") String slug) {
        return service.translations(slug);
    }

    @PUT
    @Path("/{slug}/translations/{lang}")
    @PermissionsAllowed(TerritoryAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.TERRITORY_MANAGER})
    @Operation(
            operationId = "translateTerritory",
            summary = "Write the territory's texts (name, description) in another language than their original",
            description = "A text replaces the translation of its field, an empty one removes it, a field left out"
                    + " is unchanged. Same permission as editing the territory.")
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
    @PermissionsAllowed(TerritoryAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.TERRITORY_MANAGER})
    @Operation(operationId = "deleteTerritoryTranslation", summary = "Remove every text of a translation")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteTranslation(@PathParam("slug") String slug, @PathParam("lang") String lang) {
        service.deleteTranslation(slug, lang);
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed({Roles.ADMIN})
    @Operation(operationId = "deleteTerritory", summary = "Delete a territory that has no territory below it")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("slug") String slug) {
        service.delete(slug);
    }

    @GET
    @Path("/{slug}/history")
    @PermissionsAllowed(TerritoryAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.TERRITORY_MANAGER})
    @Operation(
            operationId = "getTerritoryHistory",
            summary = "Who changed what of a territory, and when (newest first)",
            description = "Hibernate Envers revisions with field-level differences; readable by those who may"
                    + " edit it. An author is a display name, DELETED once the account was deleted, SYSTEM for"
                    + " the demo data.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    public Page<HistoryEntry> history(
            @PathParam("slug") String slug,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return historyReader.ofSlug(Territory.class, "territory", slug, PageRequest.of(page, size));
    }
}
