package org.fabrique.participation.moderation;

import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.error.Problem;
import org.fabrique.participation.ClientInfo;

/**
 * Erasure by e-mail link: anyone asks for a link for an address (202, the same answer whether the
 * address sent anything or not; rate-limited per client and e-mail address); the link, signed and
 * valid 48 hours, erases once every comment and suggestion sent with that address.
 */
@Path("/api/v1/comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Comments", description = "Public comments on notes and coalitions, reports and erasure")
public class ErasureResource {
    private final ErasureService service;

    public ErasureResource(ErasureService service) {
        this.service = service;
    }

    @POST
    @Path("/erasure-requests")
    @Operation(operationId = "requestCommentErasure", summary = "Mail a link that erases the comments of an address")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = ErasureReceipt.class)))
    @APIResponse(
            responseCode = "400",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "429",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response request(
            @Valid @NotNull ErasureRequest input,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context HttpServerRequest http) {
        return Response.accepted(service.request(input, acceptLanguage, ClientInfo.of(http)))
                .build();
    }

    @POST
    @Path("/erasure/{token}")
    @Operation(operationId = "eraseCommentsByLink", summary = "Erase the comments of an address with its mailed link")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ErasureResult.class)))
    @APIResponse(
            responseCode = "404",
            description = "Invalid or expired link",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Link already used",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ErasureResult erase(@PathParam("token") String token) {
        return service.erase(token);
    }
}
