package org.fabrique.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.security.Roles;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN})
@Tag(
        name = "Webhooks",
        description = "Signed deliveries of events (Standard Webhooks) to partners' URLs, from a transactional"
                + " outbox, with a delivery log")
public class WebhookResource {
    private final WebhookService service;
    private final EntityTags tags;

    public WebhookResource(WebhookService service, EntityTags tags) {
        this.service = service;
        this.tags = tags;
    }

    @GET
    @Operation(
            operationId = "listWebhooks",
            summary = "List webhook subscriptions",
            description = "A partner sees its own subscriptions, an administrator all of them, the oldest first."
                    + " Secrets are never shown.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions")
    public Page<WebhookView> list(
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return service.list(PageRequest.of(page, size));
    }

    @POST
    @Operation(
            operationId = "createWebhook",
            summary = "Subscribe a URL to events",
            description = "Answers the subscription and its signing secret (whsec_…), shown only here and on a"
                    + " rotation. Each delivery is a POST of {type, timestamp, data: {id, slug, href}} with the"
                    + " headers webhook-id, webhook-timestamp and webhook-signature (v1,<base64 HMAC-SHA256 of"
                    + " id.timestamp.body>). In production the URL must be https and resolve to public addresses.")
    @APIResponse(
            responseCode = "201",
            description = "Created; the secret is in this answer only",
            content = @Content(schema = @Schema(implementation = WebhookSecret.class)))
    public Response create(@Valid @NotNull WebhookInput input, @Context UriInfo uri) {
        WebhookSecret created = service.create(input);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.webhook().id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getWebhook",
            summary = "One webhook subscription",
            description = "Without its secret. Another partner's subscription is 404.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
    public Response get(@PathParam("id") String id, @Context Request request) {
        return tags.conditionalGet(request, service.get(parseId(id)));
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateWebhook",
            summary = "Replace a webhook subscription",
            description = "URL, event types, active flag and description; the secret is kept. A deactivated"
                    + " subscription gets no new deliveries; those already due fail until it is active again.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public Response update(
            @PathParam("id") String id,
            @Parameter(description = "ETag of the version you edited; 412 when it is no longer current")
                    @HeaderParam("If-Match")
                    String ifMatch,
            @Valid @NotNull WebhookInput input) {
        return tags.ok(service.update(parseId(id), input, ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteWebhook",
            summary = "Delete a webhook subscription",
            description = "With its delivery log; deliveries not made yet are dropped.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") String id) {
        service.delete(parseId(id));
    }

    @POST
    @Path("/{id}/secret")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "Replace the signing secret",
            description =
                    "Answers the new secret, once; deliveries are signed with it from now on, retries" + " included.")
    @APIResponse(
            responseCode = "200",
            description = "The subscription and its new secret",
            content = @Content(schema = @Schema(implementation = WebhookSecret.class)))
    public WebhookSecret rotateSecret(@PathParam("id") String id) {
        return service.rotateSecret(parseId(id));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "The delivery log of a subscription",
            description = "The newest first: event type, webhook-id, status (PENDING, FAILED and retried with"
                    + " exponential backoff, DELIVERED, DEAD after the last attempt), attempts, the last"
                    + " answer's status code and error, the next attempt and the delivery time.")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    public Page<DeliveryView> deliveries(
            @PathParam("id") String id,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return service.deliveries(parseId(id), PageRequest.of(page, size));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            operationId = "redeliverWebhook",
            summary = "Send a delivery again now",
            description = "For a delivery not acknowledged (pending, failed or dead): it is due at once, with the"
                    + " same webhook-id and a fresh count of attempts. A delivered one is a 409: an acknowledged"
                    + " delivery is never sent twice.")
    @APIResponse(
            responseCode = "202",
            description = "The delivery, due now",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public Response redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        return Response.accepted(service.redeliver(parseId(id), parseId(deliveryId)))
                .build();
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw DomainException.notFound("webhook", id);
        }
    }
}
