package org.fabrique.testimony;

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

/** HTTP API of testimonies given at events about coalitions. */
@Path("/api/v1/testimonies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Testimonies", description = "What people said, for an actor, about a coalition, at an event")
public class TestimonyResource {
    private final TestimonyService service;
    private final EntityTags tags;
    private final MergePatcher patcher;

    private final HistoryReader historyReader;

    public TestimonyResource(
            TestimonyService service, EntityTags tags, MergePatcher patcher, HistoryReader historyReader) {
        this.historyReader = historyReader;
        this.patcher = patcher;
        this.service = service;
        this.tags = tags;
    }

    @GET
    @Operation(operationId = "listTestimonies", summary = "List testimonies, filtered and paged")
    @APIResponse(responseCode = "200", description = "A page of testimonies")
    public Page<TestimonyView> list(
            @Parameter(description = "Slug of the coalition concerned") @QueryParam("coalition") String coalition,
            @Parameter(description = "Slug of the event") @QueryParam("event") String event,
            @Parameter(description = "Slug of the testifying person") @QueryParam("person") String person,
            @Parameter(description = "Slug of the actor the person spoke for") @QueryParam("actor") String actor,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = UpdatedSince.DESCRIPTION_SINCE) @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = UpdatedSince.DESCRIPTION_CURSOR) @QueryParam("cursor") String cursor,
            @Parameter(description = "createdAt, '-' prefix for descending (default -createdAt)") @QueryParam("sort")
                    String sort) {
        PageRequest request = PageRequest.of(page, size, sort, TestimonyService.SORTS, TestimonyService.DEFAULT_SORT)
                .withSince(UpdatedSince.of(updatedSince, cursor));
        return service.list(
                new TestimonyService.Filters(
                        QueryParams.text("coalition", coalition, 120),
                        QueryParams.text("event", event, 120),
                        QueryParams.text("person", person, 120),
                        QueryParams.text("actor", actor, 120)),
                request);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTestimony", summary = "One testimony")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TestimonyView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    public Response get(@PathParam("id") String id, @Context Request request) {
        return tags.conditionalGet(request, service.get(id));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR})
    @Operation(operationId = "createTestimony", summary = "Record a testimony")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = TestimonyView.class)))
    public Response create(@Valid @NotNull TestimonyInput input, @Context UriInfo uri) {
        Versioned<TestimonyView> created = service.create(input);
        return tags.created(
                uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.view().id()))
                        .build(),
                created);
    }

    @PUT
    @Path("/{id}")
    @PermissionsAllowed(TestimonyAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR, Roles.MEMBER})
    @Operation(operationId = "updateTestimony", summary = "Replace a testimony")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TestimonyView.class)))
    public Response update(
            @PathParam("id") String id,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull TestimonyInput input) {
        return tags.ok(service.update(id, input, ifMatch));
    }

    @PATCH
    @Path("/{id}")
    @PermissionsAllowed(TestimonyAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR, Roles.MEMBER})
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(
            operationId = "patchTestimony",
            summary = "Change some fields of a testimony (JSON Merge Patch)",
            description = "RFC 7396: the patch applies to the representation a GET serves; a field set to null"
                    + " is removed, an object merges, an array replaces. The result is checked and saved as"
                    + " a PUT of it would be (TestimonyInput).")
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
                                                    "{\"summary\": \"Comment notre association a rejoint la coalition\", \"link\": null}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TestimonyView.class)))
    public Response patch(
            @PathParam("id") String id,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            byte[] patch) {
        return tags.ok(patcher.patch(
                patch, TestimonyInput.class, () -> service.get(id), input -> service.update(id, input, ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @PermissionsAllowed(TestimonyAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR, Roles.MEMBER})
    @Operation(operationId = "deleteTestimony", summary = "Delete a testimony")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") String id) {
        service.delete(id);
    }

    @GET
    @Path("/{id}/history")
    @PermissionsAllowed(TestimonyAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.ADMIN, Roles.EDITOR, Roles.COORDINATOR, Roles.MEMBER})
    @Operation(
            operationId = "getTestimonyHistory",
            summary = "Who changed what of a testimony, and when (newest first)",
            description = "Hibernate Envers revisions with field-level differences; readable by those who may"
                    + " edit it. An author is a display name, DELETED once the account was deleted, SYSTEM for"
                    + " the demo data.")
    @APIResponse(responseCode = "200", description = "A page of changes")
    public Page<HistoryEntry> history(
            @PathParam("id") String id,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return historyReader.ofId(Testimony.class, "testimony", id, PageRequest.of(page, size));
    }
}
