package org.fabrique.people;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.error.Problem;

/** One-click unsubscribe from notification mails (the token a mail carries; no sign-in). */
@Path("/api/v1/unsubscribe")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Profiles, following and notifications of signed-in people")
public class UnsubscribeResource {
    private final Unsubscribe unsubscribe;

    public UnsubscribeResource(Unsubscribe unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    @POST
    @Path("/{token}")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(
            operationId = "unsubscribeFromMails",
            summary = "Stop the notification mails of the account a mail's token names",
            description = "The token comes from a notification mail (its link and its List-Unsubscribe header);"
                    + " mail clients POST List-Unsubscribe=One-Click here (RFC 8058), any body is ignored. The"
                    + " account's notificationMode becomes NONE; in-app notifications go on. Idempotent.")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    @APIResponse(
            responseCode = "400",
            description = "A token not signed by this platform",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "The account was deleted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void unsubscribe(@PathParam("token") String token) {
        unsubscribe.apply(token);
    }
}
