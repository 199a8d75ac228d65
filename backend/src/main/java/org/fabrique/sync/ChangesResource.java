package org.fabrique.sync;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.error.Problem;
import org.fabrique.common.paging.PageRequest;

/** HTTP interface of the changes feed, for partners that mirror the public data. */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Changes",
        description = "Incremental sync: every change of the public data, deletions included, in commit order")
public class ChangesResource {
    private final ChangesService service;

    public ChangesResource(ChangesService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listChanges",
            summary = "Changes after a cursor, in commit order (deletions included; the public view for every"
                    + " caller)")
    @APIResponse(responseCode = "200", description = "The next changes and the cursor to read after them")
    @APIResponse(
            responseCode = "410",
            description = "The cursor is older than the changes kept: reload the lists from a new head",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChangePage list(
            @Parameter(
                            description =
                                    "A cursor from this API (a change's cursor, nextCursor or the head);" + " required",
                            required = true,
                            schema = @Schema(maxLength = 64))
                    @QueryParam("after")
                    String after,
            @Parameter(
                            description = "How many changes at most, 1 to 1000 (default 100)",
                            schema = @Schema(minimum = "1", maximum = "1000"))
                    @QueryParam("limit")
                    String limit) {
        ChangeCursor cursor = ChangeCursor.parse("after", after);
        if (cursor == null) {
            throw PageRequest.invalid("after", "is required: start from GET /api/v1/changes/head");
        }
        return service.after(
                cursor, PageRequest.parse("limit", limit, ChangesService.DEFAULT_LIMIT, 1, ChangesService.MAX_LIMIT));
    }

    @GET
    @Path("/head")
    @Operation(
            operationId = "getChangesHead",
            summary = "The current end of the feed: take it, load the lists, then read the changes after it")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChangeHead.class)))
    public ChangeHead head() {
        return service.head();
    }
}
