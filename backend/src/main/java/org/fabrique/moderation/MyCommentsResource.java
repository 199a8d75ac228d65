package org.fabrique.moderation;

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

/** A signed-in member erases the comments (and suggestions) made under their account. */
@Path("/api/v1/me/comments")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Comments", description = "Public comments on notes and coalitions, reports and erasure")
public class MyCommentsResource {
    private final ErasureService service;

    public MyCommentsResource(ErasureService service) {
        this.service = service;
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
