package org.fabrique.participation.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.fabrique.common.paging.QueryParams;
import org.fabrique.common.security.Roles;
import org.fabrique.participation.ModerationQueue;
import org.fabrique.participation.comment.ModeratedComment;
import org.fabrique.participation.suggestion.ModeratedSuggestion;

/**
 * Moderation (roles moderator and admin): queues of comments and suggestions awaiting a decision
 * ({@code pending}), held as spam ({@code spam}) or reported by readers ({@code reported}, which
 * includes items hidden after three reports), oldest first, with the author's e-mail, the
 * anti-spam decisions and the open reports; bulk decisions with a reason, each one logged.
 * A decision shows a hidden item again (unless it is spam or trash) and resolves its reports.
 */
@Path("/api/v1/moderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
@Tag(name = "Moderation", description = "Queues and decisions on comments and suggestions")
public class ModerationResource {
    private static final java.util.Set<String> QUEUE_SORTS = java.util.Set.of("createdAt");
    private final ModerationService service;

    public ModerationResource(ModerationService service) {
        this.service = service;
    }

    @GET
    @Path("/comments")
    @Operation(operationId = "listModerationComments", summary = "A moderation queue of comments")
    @APIResponse(responseCode = "200", description = "A page of comments, oldest first")
    @APIResponse(
            responseCode = "400",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ModeratedComment> comments(
            @Parameter(description = "PENDING (default), SPAM or REPORTED (case-insensitive)") @QueryParam("queue")
                    String queue,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = "createdAt (default: oldest first) or -createdAt") @QueryParam("sort")
                    String sort) {
        return service.commentQueue(queue(queue), PageRequest.of(page, size, sort, QUEUE_SORTS, "createdAt"));
    }

    @POST
    @Path("/comments/decisions")
    @Operation(operationId = "decideComments", summary = "Approve, mark as spam or trash comments (bulk)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DecisionResult.class)))
    @APIResponse(
            responseCode = "400",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DecisionResult decideComments(@Valid @NotNull CommentDecisionInput input) {
        return service.decideComments(input);
    }

    @GET
    @Path("/suggestions")
    @Operation(operationId = "listModerationSuggestions", summary = "A moderation queue of suggestions")
    @APIResponse(responseCode = "200", description = "A page of suggestions, oldest first")
    @APIResponse(
            responseCode = "400",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ModeratedSuggestion> suggestions(
            @Parameter(description = "PENDING (default), SPAM or REPORTED (case-insensitive)") @QueryParam("queue")
                    String queue,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = "createdAt (default: oldest first) or -createdAt") @QueryParam("sort")
                    String sort) {
        return service.suggestionQueue(queue(queue), PageRequest.of(page, size, sort, QUEUE_SORTS, "createdAt"));
    }

    @POST
    @Path("/suggestions/decisions")
    @Operation(
            operationId = "decideSuggestions",
            summary = "Accept (optionally creating the ally's actor), reject, mark as duplicate or spam (bulk)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DecisionResult.class)))
    @APIResponse(
            responseCode = "400",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The actor to create has a slug already taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DecisionResult decideSuggestions(@Valid @NotNull SuggestionDecisionInput input) {
        return service.decideSuggestions(input);
    }

    /** The queue named by the query parameter (case-insensitive), PENDING when none. */
    private static ModerationQueue queue(String queue) {
        return queue == null || queue.isBlank()
                ? ModerationQueue.PENDING
                : QueryParams.enumValue("queue", queue.toUpperCase(java.util.Locale.ROOT), ModerationQueue.class);
    }
}
