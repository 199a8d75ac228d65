package org.fabrique.people;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.error.Problem;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;

/** The signed-in person's notifications: newest first, the unread count, marking read. */
@Path("/api/v1/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "People", description = "Profiles, following and notifications of signed-in people")
public class NotificationResource {
    private final NotificationService service;

    public NotificationResource(NotificationService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listMyNotifications",
            summary = "The caller's notifications, newest first",
            description = "A note published or a testimony added on what the caller follows.")
    @APIResponse(responseCode = "200", description = "A page of notifications")
    public Page<NotificationView> mine(
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return service.mine(PageRequest.of(page, size));
    }

    @GET
    @Path("/unread")
    @Operation(
            operationId = "countMyUnreadNotifications",
            summary = "How many of the caller's notifications are unread",
            description = "For the count in the app's header.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UnreadCount.class)))
    public UnreadCount unread() {
        return service.unread();
    }

    @POST
    @Path("/read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "markMyNotificationsRead",
            summary = "Mark notifications read",
            description = "The ids given, or every notification of the caller when none is given.")
    @APIResponse(responseCode = "204", description = "Marked")
    @APIResponse(
            responseCode = "400",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response markRead(@Valid MarkRead input) {
        service.markRead(input);
        return Response.noContent().build();
    }
}
