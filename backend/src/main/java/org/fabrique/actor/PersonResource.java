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

/** People who testify, speak or coordinate, linked to an actor. */
@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "People linked to actors")
public class PersonResource {
    private final PersonService service;
    private final EntityTags tags;
    private final MergePatcher patcher;

    private final HistoryReader historyReader;

    public PersonResource(PersonService service, EntityTags tags, MergePatcher patcher, HistoryReader historyReader) {
        this.historyReader = historyReader;
        this.patcher = patcher;
        this.service = service;
        this.tags = tags;
    }

    @GET
    @Operation(operationId = "listPeople", summary = "Paged list of people")
    @APIResponse(responseCode = "200", description = "A page of people")
    public Page<PersonView> list(
            @Parameter(description = "Slug of the actor the people act for") @QueryParam("actor") String actor,
            @Parameter(description = "Text the full name contains (case-insensitive)") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = UpdatedSince.DESCRIPTION_SINCE) @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = UpdatedSince.DESCRIPTION_CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = "fullName or updatedAt; prefix with '-' for descending") @QueryParam("sort")
                    String sort) {
        PageRequest request = PageRequest.of(page, size, sort, PersonService.SORTS, "fullName")
                .withSince(UpdatedSince.of(updatedSince, cursor));
        return service.list(QueryParams.text("actor", actor, 120), QueryParams.text("q", q, 200), request);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getPerson", summary = "One person with their actor")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        return tags.conditionalGet(request, service.get(slug));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    @Operation(operationId = "createPerson", summary = "Create a person")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response create(@Valid @NotNull PersonInput input, @Context UriInfo uri) {
        Versioned<PersonView> created = service.create(input);
        return tags.created(
                uri.getAbsolutePathBuilder().path(created.view().slug()).build(), created);
    }

    @PUT
    @Path("/{slug}")
    @PermissionsAllowed(ActorAccess.PERSON_EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR, Roles.MEMBER})
    @Operation(operationId = "updatePerson", summary = "Replace a person")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response update(
            @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull PersonInput input) {
        return tags.ok(service.update(slug, input, ifMatch));
    }

    @PATCH
    @Path("/{slug}")
    @PermissionsAllowed(ActorAccess.PERSON_EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR, Roles.MEMBER})
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "patchPerson",
            summary = "Change some fields of a person (JSON Merge Patch)",
            description = "RFC 7396: the patch applies to the representation a GET serves; a field set to null"
                    + " is removed, an object merges, an array replaces. The result is checked and saved as"
                    + " a PUT of it would be (PersonInput).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MergePatch.MEDIA_TYPE,
                            schema = @Schema(implementation = MergePatchDocument.class),
                            examples =
                                    @ExampleObject(
                                            name = "change",
                                            value = "{\"roleTitle\": \"Co-founder\", \"bio\": null}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PersonView.class)))
    public Response patch(
            @PathParam("slug") String slug,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            byte[] patch) {
        return tags.ok(patcher.patch(
                patch, PersonInput.class, () -> service.get(slug), input -> service.update(slug, input, ifMatch)));
    }

    @DELETE
    @Path("/{slug}")
    @PermissionsAllowed(ActorAccess.PERSON_EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR, Roles.MEMBER})
    @Operation(operationId = "deletePerson", summary = "Delete a person")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("slug") String slug) {
        service.delete(slug);
    }

    @GET
    @Path("/{slug}/history")
    @PermissionsAllowed(ActorAccess.PERSON_EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR, Roles.MEMBER})
    @Operation(
            operationId = "getPersonHistory",
            summary = "Who changed what of a person, and when (newest first)",
            description = "Hibernate Envers revisions with field-level differences; readable by those who may"
                    + " edit it. An author is a display name, DELETED once the account was deleted, SYSTEM for"
                    + " the demo data.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    public Page<HistoryEntry> history(
            @PathParam("slug") String slug,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return historyReader.ofSlug(Person.class, "person", slug, PageRequest.of(page, size));
    }
}
