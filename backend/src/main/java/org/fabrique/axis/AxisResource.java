package org.fabrique.axis;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
import org.fabrique.common.paging.UpdatedSince;
import org.fabrique.common.security.Roles;

@Path("/api/v1/axes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Axes", description = "Thematic axes of the panorama and their keyword clouds")
public class AxisResource {
    private final AxisService service;
    private final EntityTags tags;
    private final MergePatcher patcher;

    private final HistoryReader historyReader;

    public AxisResource(AxisService service, EntityTags tags, MergePatcher patcher, HistoryReader historyReader) {
        this.historyReader = historyReader;
        this.patcher = patcher;
        this.service = service;
        this.tags = tags;
    }

    @GET
    @Operation(operationId = "listAxes", summary = "List the thematic axes, in panorama order, with keyword clouds")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = AxisView.class,
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .ARRAY)))
    public List<AxisView> list(
            @Parameter(description = UpdatedSince.DESCRIPTION_SINCE) @QueryParam("updatedSince") String updatedSince) {
        return service.list(UpdatedSince.of(updatedSince, null));
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getAxis", summary = "One axis with its keyword cloud")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AxisView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        return tags.conditionalGet(request, service.get(slug));
    }

    @POST
    @RolesAllowed({Roles.ADMIN})
    @Operation(operationId = "createAxis", summary = "Create an axis")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AxisView.class)))
    public Response create(@Valid @NotNull AxisInput input, @Context UriInfo uri) {
        Versioned<AxisView> created = service.create(input);
        return tags.created(
                uri.getAbsolutePathBuilder().path(created.view().slug()).build(), created);
    }

    @PUT
    @Path("/{slug}")
    @RolesAllowed({Roles.ADMIN})
    @Operation(operationId = "updateAxis", summary = "Replace an axis")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AxisView.class)))
    public Response update(
            @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull AxisInput input) {
        return tags.ok(service.update(slug, input, ifMatch));
    }

    @PATCH
    @Path("/{slug}")
    @RolesAllowed({Roles.ADMIN})
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "patchAxis",
            summary = "Change some fields of an axis (JSON Merge Patch)",
            description = "RFC 7396: the patch applies to the representation a GET serves; a field set to null"
                    + " is removed, an object merges, an array replaces. The result is checked and saved as"
                    + " a PUT of it would be (AxisInput).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = MergePatchDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "change",
                                            value = "{\"description\": null, \"position\": 2}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AxisView.class)))
    public Response patch(
            @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            byte[] patch) {
        return tags.ok(patcher.patch(
                patch, AxisInput.class, () -> service.get(slug), input -> service.update(slug, input, ifMatch)));
    }

    @GET
    @Path("/{slug}/translations")
    @RolesAllowed({Roles.ADMIN})
    @Operation(
            operationId = "getAxisTranslations",
            summary = "The axis's original texts and their translations, side by side")
    public TranslationsView translations(@PathParam("slug") String slug) {
        return service.translations(slug);
    }

    @PUT
    @Path("/{slug}/translations/{lang}")
    @RolesAllowed({Roles.ADMIN})
    @Operation(
            operationId = "translateAxis",
            summary = "Write the axis's texts (name, description) in another language than their original",
            description = "A text replaces the translation of its field, an empty one removes it, a field left out"
                    + " is unchanged. Same permission as editing the axis.")
    public TranslationsView translate(
            @PathParam("slug") String slug,
            @Parameter(description = "fr or en, not the original language") @PathParam("lang") String lang,
            @Valid @NotNull TranslationInput input) {
        return service.translate(slug, lang, input);
    }

    @DELETE
    @Path("/{slug}/translations/{lang}")
    @RolesAllowed({Roles.ADMIN})
    @Operation(operationId = "deleteAxisTranslation", summary = "Remove every text of a translation")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteTranslation(@PathParam("slug") String slug, @PathParam("lang") String lang) {
        service.deleteTranslation(slug, lang);
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed({Roles.ADMIN})
    @Operation(operationId = "deleteAxis", summary = "Delete an axis (its coalitions stay, without it)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("slug") String slug) {
        service.delete(slug);
    }

    @GET
    @Path("/{slug}/history")
    @RolesAllowed({Roles.ADMIN})
    @Operation(
            operationId = "getAxisHistory",
            summary = "Who changed what of an axis, and when (newest first)",
            description = "Hibernate Envers revisions with field-level differences; readable by those who may"
                    + " edit it. An author is a display name, DELETED once the account was deleted, SYSTEM for"
                    + " the demo data.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    public Page<HistoryEntry> history(
            @PathParam("slug") String slug,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return historyReader.ofSlug(Axis.class, "axis", slug, PageRequest.of(page, size));
    }
}
