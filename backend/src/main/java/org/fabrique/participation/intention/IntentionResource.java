package org.fabrique.participation.intention;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.Problem;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.security.Roles;
import org.fabrique.participation.ClientInfo;
import org.fabrique.participation.SubmissionReceipt;

/**
 * First intentions to act: anyone proposes a coalition (name and e-mail required unless signed
 * in; the anti-spam rules and rate limits of comments, 429 with Retry-After over them); editors and
 * administrators read the proposals and decide. Proposals are never public: a proposal becomes
 * public as the coalition made of it.
 */
@Path("/api/v1/intentions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Intentions", description = "Coalitions proposed by anyone, decided by the editors")
public class IntentionResource {
    private final IntentionService service;

    public IntentionResource(IntentionService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "createIntention", summary = "Propose a coalition (a first intention to act)")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SubmissionReceipt.class)))
    @APIResponse(
            responseCode = "400",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "429",
            description = "Too many submissions from this client or e-mail address (Retry-After)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @Valid @NotNull IntentionInput input,
            @Parameter(description = "The language of the mail that tells the decision (fr by default)")
                    @HeaderParam("Accept-Language")
                    String language,
            @Context HttpServerRequest http) {
        SubmissionReceipt receipt = service.propose(input, language, ClientInfo.of(http));
        return Response.created(UriBuilder.fromPath("/api/v1/intentions/{id}").build(receipt.id()))
                .entity(receipt)
                .build();
    }

    @GET
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "listIntentions", summary = "Proposed coalitions in a status (editors)")
    @APIResponse(responseCode = "200", description = "A page of proposals, oldest first")
    @APIResponse(
            responseCode = "400",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<IntentionView> list(
            @Parameter(description = "PENDING (default), SPAM, ACCEPTED, MERGED or DECLINED (case-insensitive)")
                    @QueryParam("status")
                    String status,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = "createdAt (default: oldest first) or -createdAt") @QueryParam("sort")
                    String sort) {
        return service.list(status(status), PageRequest.of(page, size, sort, IntentionService.SORTS, "createdAt"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "getIntention", summary = "One proposed coalition (editors)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = IntentionView.class)))
    @APIResponse(
            responseCode = "404",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IntentionView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(
            operationId = "decideIntention",
            summary = "Accept a proposal as an emerging coalition, merge it into a coalition or decline it (editors)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = IntentionView.class)))
    @APIResponse(
            responseCode = "400",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Already decided, or the new coalition's slug is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IntentionView decide(@PathParam("id") long id, @Valid @NotNull IntentionDecisionInput input) {
        return service.decide(id, input);
    }

    private static IntentionStatus status(String value) {
        if (value == null || value.isBlank()) {
            return IntentionStatus.PENDING;
        }
        try {
            return IntentionStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidQueryParameter("status", "one of PENDING, SPAM, ACCEPTED, MERGED, DECLINED");
        }
    }
}
