package org.fabrique.note;

import io.quarkus.security.identity.SecurityIdentity;
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

/** HTTP API of event notes and articles. */
@Path("/api/v1/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notes", description = "Event notes and articles, written in Markdown")
public class NoteResource {
    private final NoteService service;
    private final EntityTags tags;
    private final MergePatcher patcher;
    private final SecurityIdentity identity;

    private final HistoryReader historyReader;

    public NoteResource(
            NoteService service,
            EntityTags tags,
            SecurityIdentity identity,
            MergePatcher patcher,
            HistoryReader historyReader) {
        this.historyReader = historyReader;
        this.patcher = patcher;
        this.service = service;
        this.tags = tags;
        this.identity = identity;
    }

    private boolean canSeeDrafts() {
        return identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.ADMIN);
    }

    @GET
    @Operation(operationId = "listNotes", summary = "List notes, published ones only unless you are an editor")
    @APIResponse(responseCode = "200", description = "A page of note summaries")
    @APIResponse(
            responseCode = "403",
            description = "Drafts asked without the editor or admin role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<NoteSummary> list(
            @Parameter(description = "published (default), draft or all; draft and all need the editor or admin role")
                    @QueryParam("status")
                    String status,
            @Parameter(description = "Slug of the event the notes report on") @QueryParam("event") String event,
            @Parameter(description = "Slug of a coalition the notes concern") @QueryParam("coalition") String coalition,
            @Parameter(description = "Slug of a thematic axis") @QueryParam("axis") String axis,
            @Parameter(description = "Slug of a territory (its sub-territories included)") @QueryParam("territory")
                    String territory,
            @Parameter(description = "Words to find in title, excerpt and body") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = UpdatedSince.DESCRIPTION_SINCE) @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = UpdatedSince.DESCRIPTION_CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = "publishedAt or title, '-' prefix for descending (default -publishedAt)")
                    @QueryParam("sort")
                    String sort) {
        PageRequest request = PageRequest.of(page, size, sort, NoteService.SORTS, NoteService.DEFAULT_SORT)
                .withSince(UpdatedSince.of(updatedSince, cursor));
        NoteService.Filters filters = new NoteService.Filters(
                QueryParams.enumValue("status", status, NoteService.Visibility.class),
                QueryParams.text("event", event, 120),
                QueryParams.text("coalition", coalition, 120),
                QueryParams.text("axis", axis, 120),
                QueryParams.text("territory", territory, 120),
                QueryParams.text("q", q, 200));
        return service.list(filters, request, canSeeDrafts());
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getNote", summary = "One note; a draft is visible to editors and admins only")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NoteView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        return tags.conditionalGet(request, service.get(slug, canSeeDrafts()));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "createNote", summary = "Create a note (draft unless status is PUBLISHED)")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = NoteView.class)))
    public Response create(@Valid @NotNull NoteInput input, @Context UriInfo uri) {
        Versioned<NoteView> created = service.create(input);
        return tags.created(
                uri.getAbsolutePathBuilder().path(created.view().slug()).build(), created);
    }

    @GET
    @Path("/{slug}/translations")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(
            operationId = "getNoteTranslations",
            summary = "The note's original texts and their translations, side by side (for editors)")
    public TranslationsView translations(@PathParam("slug") String slug) {
        return service.translations(slug);
    }

    @PUT
    @Path("/{slug}/translations/{lang}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(
            operationId = "translateNote",
            summary = "Write the note's texts (title, excerpt, body in Markdown) in another language",
            description = "A text replaces the translation of its field, an empty one removes it, a field left out"
                    + " is unchanged. Same permission as editing the note.")
    public TranslationsView translate(
            @PathParam("slug") String slug,
            @Parameter(description = "fr or en, not the original language") @PathParam("lang") String lang,
            @Valid @NotNull TranslationInput input) {
        return service.translate(slug, lang, input);
    }

    @DELETE
    @Path("/{slug}/translations/{lang}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteNoteTranslation", summary = "Remove every text of a translation")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteTranslation(@PathParam("slug") String slug, @PathParam("lang") String lang) {
        service.deleteTranslation(slug, lang);
    }

    @PUT
    @Path("/{slug}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "updateNote", summary = "Replace a note; publishing it the first time sets publishedAt")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NoteView.class)))
    public Response update(
            @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull NoteInput input) {
        return tags.ok(service.update(slug, input, ifMatch));
    }

    @PATCH
    @Path("/{slug}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "patchNote",
            summary = "Change some fields of a note (JSON Merge Patch)",
            description = "RFC 7396: the patch applies to the representation a GET serves; a field set to null"
                    + " is removed, an object merges, an array replaces. The result is checked and saved as"
                    + " a PUT of it would be (NoteInput).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = MergePatchDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "change",
                                            value = "{\"status\": \"PUBLISHED\", \"excerpt\": null}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NoteView.class)))
    public Response patch(
            @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            byte[] patch) {
        return tags.ok(patcher.patch(
                patch,
                NoteInput.class,
                () -> service.get(slug, canSeeDrafts()),
                input -> service.update(slug, input, ifMatch)));
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteNote", summary = "Delete a note")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("slug") String slug) {
        service.delete(slug);
    }

    @GET
    @Path("/{slug}/history")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(
            operationId = "getNoteHistory",
            summary = "Who changed what of a note, and when (newest first)",
            description = "Hibernate Envers revisions with field-level differences; readable by those who may"
                    + " edit it. An author is a display name, DELETED once the account was deleted, SYSTEM for"
                    + " the demo data.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    public Page<HistoryEntry> history(
            @PathParam("slug") String slug,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return historyReader.ofSlug(Note.class, "note", slug, PageRequest.of(page, size));
    }
}
