package org.fabrique.people;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.error.Problem;
import org.fabrique.participation.moderation.ErasureResult;

/** A signed-in person deletes their own account. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "People", description = "Profiles, following and notifications of signed-in people")
public class AccountDeletionResource {
    private final AccountDeletionService service;

    public AccountDeletionResource(AccountDeletionService service) {
        this.service = service;
    }

    @DELETE
    @Path("/me")
    @Operation(
            operationId = "deleteMyAccount",
            summary = "Delete the caller's account",
            description = "Removes the user from the identity provider first (when it cannot, nothing is"
                    + " deleted: 503), then anonymises the caller's comments and suggestions (their texts stay,"
                    + " without name, e-mail or account), deletes the profile, follows, notifications and links,"
                    + " and mails a confirmation to the verified address. The token stops working at once."
                    + " Partner platforms' accounts are removed by an administrator (403).")
    @APIResponse(
            responseCode = "200",
            description = "Deleted; how many comments and suggestions were anonymised",
            content = @Content(schema = @Schema(implementation = ErasureResult.class)))
    @APIResponse(
            responseCode = "403",
            description = "A partner platform's account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "The identity provider could not remove the user: nothing was deleted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ErasureResult delete() {
        return service.deleteMine();
    }
}
