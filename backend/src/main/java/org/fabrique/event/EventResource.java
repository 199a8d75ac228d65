package org.fabrique.event;

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

/** HTTP API of events (Reset Days, conferences, workshops...) and their agendas. */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Reset Days, conferences, workshops and territorial exchanges, with agendas")
public class EventResource {
    private final EventService service;
    private final EntityTags tags;
    private final MergePatcher patcher;

    private final EventTranslations eventTranslations;

    private final HistoryReader historyReader;

    public EventResource(
            EventService service,
            EntityTags tags,
            MergePatcher patcher,
            EventTranslations eventTranslations,
            HistoryReader historyReader) {
        this.historyReader = historyReader;
        this.eventTranslations = eventTranslations;
        this.patcher = patcher;
        this.service = service;
        this.tags = tags;
    }

    @GET
    @Operation(operationId = "listEvents", summary = "List events, filtered and paged")
    @APIResponse(responseCode = "200", description = "A page of event summaries")
    public Page<EventSummary> list(
            @Parameter(description = "Events ending at or after this ISO date or date-time with offset")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "Events starting at or before this ISO date (inclusive) or date-time with offset")
                    @QueryParam("to")
                    String to,
            @Parameter(description = "Kind: reset-day, conference, workshop, territorial-exchange, partners-meeting")
                    @QueryParam("kind")
                    String kind,
            @Parameter(description = "Slug of a coalition the event concerns") @QueryParam("coalition")
                    String coalition,
            @Parameter(description = "Slug of a territory (its sub-territories included)") @QueryParam("territory")
                    String territory,
            @Parameter(description = "upcoming (not ended yet) or past (ended), relative to now") @QueryParam("when")
                    String when,
            @Parameter(description = "Words to find in title, description, location and agenda") @QueryParam("q")
                    String q,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = UpdatedSince.DESCRIPTION_SINCE) @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = UpdatedSince.DESCRIPTION_CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = "startsAt or title, '-' prefix for descending (default -startsAt)")
                    @QueryParam("sort")
                    String sort) {
        PageRequest request = PageRequest.of(page, size, sort, EventService.SORTS, EventService.DEFAULT_SORT)
                .withSince(UpdatedSince.of(updatedSince, cursor));
        EventService.Filters filters = new EventService.Filters(
                QueryParams.dateTime("from", from, false),
                QueryParams.dateTime("to", to, true),
                QueryParams.enumValue("kind", kind, EventKind.class),
                QueryParams.text("coalition", coalition, 120),
                QueryParams.text("territory", territory, 120),
                QueryParams.enumValue("when", when, EventService.When.class),
                QueryParams.text("q", q, 200));
        return service.list(filters, request);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getEvent", summary = "One event with its organisers, coalitions, territories and agenda")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        return tags.conditionalGet(request, service.get(slug));
    }

    @POST
    @PermissionsAllowed(EventAccess.CREATE)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.PARTNER})
    @Operation(
            operationId = "createEvent",
            summary = "Create an event with its agenda",
            description =
                    "Create an event with its agenda. A partner client's actor is added to the organisers of the events it creates.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response create(@Valid @NotNull EventInput input, @Context UriInfo uri) {
        Versioned<EventView> created = service.create(input);
        return tags.created(
                uri.getAbsolutePathBuilder().path(created.view().slug()).build(), created);
    }

    @GET
    @Path("/{slug}/translations")
    @PermissionsAllowed(EventAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.PARTNER})
    @Operation(
            operationId = "getEventTranslations",
            summary = "The event's original texts and their translations, side by side (for its editors)")
    public TranslationsView translations(@PathParam("slug") String slug) {
        return eventTranslations.translations(slug);
    }

    @PUT
    @Path("/{slug}/translations/{lang}")
    @PermissionsAllowed(EventAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.PARTNER})
    @Operation(
            operationId = "translateEvent",
            summary = "Write the event's texts (title, description) in another language than their original",
            description = "A text replaces the translation of its field, an empty one removes it, a field left out"
                    + " is unchanged. Same permission as editing the event.")
    public TranslationsView translate(
            @PathParam("slug") String slug,
            @Parameter(description = "fr or en, not the original language") @PathParam("lang") String lang,
            @Valid @NotNull TranslationInput input) {
        return eventTranslations.translate(slug, lang, input);
    }

    @PUT
    @Path("/{slug}/sessions/{sessionId}/translations/{lang}")
    @PermissionsAllowed(EventAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.PARTNER})
    @Operation(
            operationId = "translateEventSession",
            summary = "Write the texts of a session of the agenda (title, description) in another language")
    public TranslationsView translateSession(
            @PathParam("slug") String slug,
            @PathParam("sessionId") long sessionId,
            @Parameter(description = "fr or en, not the original language") @PathParam("lang") String lang,
            @Valid @NotNull TranslationInput input) {
        return eventTranslations.translateSession(slug, sessionId, lang, input);
    }

    @DELETE
    @Path("/{slug}/translations/{lang}")
    @PermissionsAllowed(EventAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.PARTNER})
    @Operation(operationId = "deleteEventTranslation", summary = "Remove every text of a translation")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteTranslation(@PathParam("slug") String slug, @PathParam("lang") String lang) {
        eventTranslations.deleteTranslation(slug, lang);
    }

    @PUT
    @Path("/{slug}")
    @PermissionsAllowed(EventAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.PARTNER})
    @Operation(
            operationId = "updateEvent",
            summary = "Replace an event, its agenda included",
            description =
                    "Replace an event, its agenda included. A partner client replaces only the events its actor organises; its actor stays an organiser.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response update(
            @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull EventInput input) {
        return tags.ok(service.update(slug, input, ifMatch));
    }

    @PATCH
    @Path("/{slug}")
    @PermissionsAllowed(EventAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.PARTNER})
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "patchEvent",
            summary = "Change some fields of an event (JSON Merge Patch)",
            description = "RFC 7396: the patch applies to the representation a GET serves; a field set to null"
                    + " is removed, an object merges, an array replaces. The result is checked and saved as"
                    + " a PUT of it would be (EventInput).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = MergePatchDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "change",
                                            value = "{\"participantsCount\": 300, \"location\": null}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response patch(
            @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            byte[] patch) {
        return tags.ok(patcher.patch(
                patch, EventInput.class, () -> service.get(slug), input -> service.update(slug, input, ifMatch)));
    }

    @DELETE
    // A 204 has no body: a client that accepts only problem+json (the errors) must not get a 406.
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{slug}")
    @PermissionsAllowed(EventAccess.DELETE)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.PARTNER})
    @Operation(
            operationId = "deleteEvent",
            summary = "Delete an event and its agenda (notes and testimonies stay)",
            description =
                    "Delete an event and its agenda (notes and testimonies stay). A partner client deletes only the events its actor organises alone.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("slug") String slug) {
        service.delete(slug);
    }

    @GET
    @Path("/{slug}/history")
    @PermissionsAllowed(EventAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.PARTNER})
    @Operation(
            operationId = "getEventHistory",
            summary = "Who changed what of an event, and when (newest first)",
            description = "Hibernate Envers revisions with field-level differences; readable by those who may"
                    + " edit it. An author is a display name, DELETED once the account was deleted, SYSTEM for"
                    + " the demo data.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    public Page<HistoryEntry> history(
            @PathParam("slug") String slug,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return historyReader.ofSlug(Event.class, "event", slug, PageRequest.of(page, size));
    }
}
