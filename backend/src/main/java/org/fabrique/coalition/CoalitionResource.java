package org.fabrique.coalition;

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
import org.fabrique.account.AccountRef;
import org.fabrique.coalition.canvas.ImpactService;
import org.fabrique.coalition.canvas.MeasureInput;
import org.fabrique.coalition.canvas.MeasureView;
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

/** HTTP interface of coalitions, their canvas and the measures of their desired impacts. */
@Path("/api/v1/coalitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Coalitions",
        description = "Coalitions and their canvas: intention, vision, experiences, problems, impacts")
public class CoalitionResource {
    private final CoalitionService service;
    private final ImpactService impacts;
    private final EntityTags tags;
    private final MergePatcher patcher;

    private final HistoryReader historyReader;

    public CoalitionResource(
            CoalitionService service,
            ImpactService impacts,
            EntityTags tags,
            MergePatcher patcher,
            HistoryReader historyReader) {
        this.historyReader = historyReader;
        this.patcher = patcher;
        this.service = service;
        this.impacts = impacts;
        this.tags = tags;
    }

    @GET
    @Operation(operationId = "listCoalitions", summary = "List coalitions, filtered, sorted and paged")
    @APIResponse(responseCode = "200", description = "A page of coalition summaries")
    public Page<CoalitionSummary> list(
            @Parameter(description = "Axis slug; an unknown slug gives an empty page") @QueryParam("axis") String axis,
            @Parameter(description = "Territory slug; includes the territories below it") @QueryParam("territory")
                    String territory,
            @Parameter(description = "Stage (emerging, forming, committed, acting, autonomous, disseminated)")
                    @QueryParam("stage")
                    String stage,
            @Parameter(description = "A keyword of the coalition (case-insensitive)") @QueryParam("keyword")
                    String keyword,
            @Parameter(description = "Words that must all occur (accents and case ignored)") @QueryParam("q") String q,
            @Parameter(description = "Slug of the parent coalition (its sub-coalitions)") @QueryParam("parent")
                    String parent,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = UpdatedSince.DESCRIPTION_SINCE) @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = UpdatedSince.DESCRIPTION_CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = "number, title, stage or updatedAt; prefix '-' for descending") @QueryParam("sort")
                    String sort) {
        CoalitionFilter filter = new CoalitionFilter(
                QueryParams.text("axis", axis, 120),
                QueryParams.text("territory", territory, 120),
                QueryParams.enumValue("stage", stage, Stage.class),
                QueryParams.text("keyword", keyword, 80),
                QueryParams.text("q", q, 200),
                QueryParams.text("parent", parent, 120));
        return service.list(
                filter,
                PageRequest.of(page, size, sort, CoalitionService.SORTS, "number")
                        .withSince(UpdatedSince.of(updatedSince, cursor)));
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getCoalition", summary = "One coalition with its whole canvas, members and territories")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CoalitionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        return tags.conditionalGet(request, service.get(slug));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "createCoalition", summary = "Create a coalition (number: next free one when omitted)")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CoalitionView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Number or slug taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull CoalitionInput input, @Context UriInfo uri) {
        Versioned<CoalitionView> created = service.create(input);
        return tags.created(
                uri.getAbsolutePathBuilder().path(created.view().slug()).build(), created);
    }

    @PUT
    @Path("/{slug}")
    @PermissionsAllowed(CoalitionAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.COORDINATOR})
    @Operation(
            operationId = "updateCoalition",
            summary = "Replace a coalition's whole canvas (impacts kept by id keep their measures)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CoalitionView.class)))
    public Response update(
            @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull CoalitionInput input) {
        return tags.ok(service.update(slug, input, ifMatch));
    }

    @PATCH
    @Path("/{slug}")
    @PermissionsAllowed(CoalitionAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "patchCoalition",
            summary = "Change some fields of a coalition (JSON Merge Patch)",
            description = "RFC 7396: the patch applies to the representation a GET serves; a field set to null"
                    + " is removed, an object merges, an array replaces. The result is checked and saved as"
                    + " a PUT of it would be (CoalitionInput).")
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
                                                    "{\"stage\": \"COMMITTED\", \"vision\": null, \"axes\": [\"environnement\"]}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CoalitionView.class)))
    public Response patch(
            @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            byte[] patch) {
        return tags.ok(patcher.patch(
                patch, CoalitionInput.class, () -> service.get(slug), input -> service.update(slug, input, ifMatch)));
    }

    @GET
    @Path("/{slug}/translations")
    @PermissionsAllowed(CoalitionAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.COORDINATOR})
    @Operation(
            operationId = "getCoalitionTranslations",
            summary = "The coalition's original texts and their translations, side by side (for its editors)")
    public TranslationsView translations(@PathParam("slug") String slug) {
        return service.translations(slug);
    }

    @PUT
    @Path("/{slug}/translations/{lang}")
    @PermissionsAllowed(CoalitionAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.COORDINATOR})
    @Operation(
            operationId = "translateCoalition",
            summary = "Write the coalition's texts in another language than their original",
            description = "Texts by field name (title, summary, intention, vision): a text replaces the translation"
                    + " of its field, an empty one removes it, a field left out is unchanged. The author and date"
                    + " are recorded. Same permission as editing the coalition.")
    public TranslationsView translate(
            @PathParam("slug") String slug,
            @Parameter(description = "fr or en, not the original language") @PathParam("lang") String lang,
            @Valid @NotNull TranslationInput input) {
        return service.translate(slug, lang, input);
    }

    @DELETE
    @Path("/{slug}/translations/{lang}")
    @PermissionsAllowed(CoalitionAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "deleteCoalitionTranslation", summary = "Remove every text of a translation")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteTranslation(@PathParam("slug") String slug, @PathParam("lang") String lang) {
        service.deleteTranslation(slug, lang);
    }

    @DELETE
    @Path("/{slug}")
    @PermissionsAllowed(CoalitionAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "deleteCoalition", summary = "Delete a coalition, its canvas, members and declensions")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("slug") String slug) {
        service.delete(slug);
    }

    @POST
    @Path("/{slug}/impacts/{impactId}/measures")
    @PermissionsAllowed(CoalitionAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "addImpactMeasure", summary = "Record a dated measure of a desired impact")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = MeasureView.class)))
    public Response addMeasure(
            @PathParam("slug") String slug,
            @PathParam("impactId") long impactId,
            @Valid @NotNull MeasureInput input,
            @Context UriInfo uri) {
        MeasureView created = impacts.addMeasure(slug, impactId, input);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{slug}/impacts/{impactId}/measures/{measureId}")
    @PermissionsAllowed(CoalitionAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "updateImpactMeasure", summary = "Correct a measure of a desired impact")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MeasureView.class)))
    public MeasureView updateMeasure(
            @PathParam("slug") String slug,
            @PathParam("impactId") long impactId,
            @PathParam("measureId") long measureId,
            @Valid @NotNull MeasureInput input) {
        return impacts.updateMeasure(slug, impactId, measureId, input);
    }

    @DELETE
    @Path("/{slug}/impacts/{impactId}/measures/{measureId}")
    @PermissionsAllowed(CoalitionAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "deleteImpactMeasure", summary = "Delete a measure of a desired impact")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteMeasure(
            @PathParam("slug") String slug,
            @PathParam("impactId") long impactId,
            @PathParam("measureId") long measureId) {
        impacts.deleteMeasure(slug, impactId, measureId);
    }

    @GET
    @Path("/{slug}/permissions")
    @Operation(
            operationId = "getCoalitionPermissions",
            summary = "What the caller may do with this coalition (all false when anonymous)")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = CoalitionPermissions.class)))
    public CoalitionPermissions permissions(@PathParam("slug") String slug) {
        return service.permissions(slug);
    }

    @GET
    @Path("/{slug}/coordinators")
    @Operation(operationId = "listCoalitionCoordinators", summary = "The accounts named coordinators")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = AccountRef.class,
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .ARRAY)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    public Response coordinators(@PathParam("slug") String slug, @Context Request request) {
        return tags.conditionalGet(request, service.coordinators(slug));
    }

    @PUT
    @Path("/{slug}/coordinators")
    @PermissionsAllowed(CoalitionAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.COORDINATOR})
    @Operation(
            operationId = "setCoalitionCoordinators",
            summary = "Name the coordinators of a coalition (admin, or a coordinator of it)")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = AccountRef.class,
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .ARRAY)))
    public Response setCoordinators(
            @PathParam("slug") String slug,
            @Parameter(description = "The ETag of the list as read: 412 when it changed since") @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull CoordinatorsInput input) {
        return tags.ok(service.setCoordinators(slug, input, ifMatch));
    }

    @GET
    @Path("/{slug}/history")
    @PermissionsAllowed(CoalitionAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.COORDINATOR})
    @Operation(
            operationId = "getCoalitionHistory",
            summary = "Who changed what of a coalition (its canvas texts, stage, flags), and when (newest first)",
            description = "Hibernate Envers revisions with field-level differences; readable by those who may"
                    + " edit it. An author is a display name, DELETED once the account was deleted, SYSTEM for"
                    + " the demo data.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    public Page<HistoryEntry> history(
            @PathParam("slug") String slug,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return historyReader.ofSlug(Coalition.class, "coalition", slug, PageRequest.of(page, size));
    }
}
