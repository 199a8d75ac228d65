package org.fabrique.comment;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.error.Problem;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;

/**
 * Comments on a published note. The list shows approved comments only, top-level comments paged
 * (oldest first by default) with their approved replies embedded (one level); no e-mail or client
 * address ever appears. Anyone may post: anonymous readers give a name and an e-mail address, a
 * signed-in member comments under their account. Before publication each comment goes through
 * the anti-spam rules (honeypot field {@code url}, minimum time since {@code formStartedAt},
 * rate limits per client and e-mail address answered 429 with Retry-After, links, blocklist,
 * duplicates, first comments of a new e-mail held) and the answer (201) says whether it is
 * published ({@code APPROVED}) or awaits a moderator ({@code PENDING}).
 */
@Path("/api/v1/notes/{slug}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Comments", description = "Public comments on notes and coalitions, reports and erasure")
public class NoteCommentResource {
    private final CommentService service;

    public NoteCommentResource(CommentService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listNoteComments", summary = "Published comments on a published note, with their replies")
    @APIResponse(responseCode = "200", description = "A page of top-level comments")
    @APIResponse(
            responseCode = "400",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<CommentView> list(
            @PathParam("slug") String slug,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = "createdAt (default) or -createdAt") @QueryParam("sort") String sort) {
        return service.list(
                CommentTarget.Kind.NOTE, slug, PageRequest.of(page, size, sort, CommentService.SORTS, "createdAt"));
    }

    @POST
    @Operation(operationId = "createNoteComment", summary = "Comment on a published note (or answer a comment)")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SubmissionReceipt.class)))
    @APIResponse(
            responseCode = "400",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Comments are closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "429",
            description = "Too many submissions from this client or e-mail address (Retry-After)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("slug") String slug, CommentInput input, @Context HttpServerRequest http) {
        SubmissionReceipt receipt = service.post(CommentTarget.Kind.NOTE, slug, input, ClientInfo.of(http));
        return Response.created(UriBuilder.fromPath("/api/v1/comments/{id}").build(receipt.id()))
                .entity(receipt)
                .build();
    }
}
