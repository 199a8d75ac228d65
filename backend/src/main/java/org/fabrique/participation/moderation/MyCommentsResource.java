package org.fabrique.participation.moderation;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
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
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.participation.comment.CommentService;
import org.fabrique.participation.comment.MyComment;

/**
 * A signed-in member's own comments: listed (newest first, published or not), and erased with
 * their suggestions. Erased comments leave the list (they no longer belong to the account).
 */
@Path("/api/v1/me/comments")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Comments", description = "Public comments on notes and coalitions, reports and erasure")
public class MyCommentsResource {
    private final ErasureService service;
    private final CommentService comments;

    public MyCommentsResource(ErasureService service, CommentService comments) {
        this.service = service;
        this.comments = comments;
    }

    @GET
    @Operation(operationId = "listMyComments", summary = "My comments, newest first (signed in)")
    @APIResponse(responseCode = "200", description = "A page of the caller's comments")
    @APIResponse(
            responseCode = "400",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<MyComment> list(
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return comments.mine(PageRequest.of(page, size));
    }

    @DELETE
    @Operation(operationId = "eraseMyComments", summary = "Erase my comments and suggestions (signed in)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ErasureResult.class)))
    @APIResponse(
            responseCode = "401",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ErasureResult eraseMine() {
        return service.eraseMine();
    }
}
