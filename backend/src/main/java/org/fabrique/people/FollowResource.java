package org.fabrique.people;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.error.Problem;

/**
 * What the signed-in person follows: coalitions, territories, axes, events. Following is
 * idempotent (PUT), unfollowing too (DELETE); a follow names its target by type and slug.
 */
@Path("/api/v1/me/follows")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "People", description = "Profiles, following and notifications of signed-in people")
public class FollowResource {
    private final FollowService service;

    public FollowResource(FollowService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listMyFollows",
            summary = "What the caller follows",
            description = "Newest first; each with its type, slug and name.")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = FollowView.class)))
    public List<FollowView> mine() {
        return service.mine();
    }

    @GET
    @Path("/{type}/{slug}")
    @Operation(
            operationId = "getMyFollow",
            summary = "Whether the caller follows a coalition, territory, axis or event",
            description = "404 when there is no such target.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FollowState.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such target",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FollowState get(
            @Parameter(schema = @Schema(implementation = FollowTarget.class)) @PathParam("type") String type,
            @PathParam("slug") String slug) {
        return new FollowState(service.follows(target(type), slug));
    }

    @PUT
    @Path("/{type}/{slug}")
    @Operation(
            operationId = "follow",
            summary = "Follow a coalition, territory, axis or event",
            description = "The caller then hears of new notes and testimonies there, newly published comments, "
                    + "stage changes and new members, in the app and by e-mail as their profile says. Idempotent.")
    @APIResponse(responseCode = "204", description = "Followed")
    @APIResponse(
            responseCode = "404",
            description = "No such target",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response follow(
            @Parameter(schema = @Schema(implementation = FollowTarget.class)) @PathParam("type") String type,
            @PathParam("slug") String slug) {
        service.follow(target(type), slug);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{type}/{slug}")
    @Operation(operationId = "unfollow", summary = "Stop following", description = "Idempotent.")
    @APIResponse(responseCode = "204", description = "Not followed any more")
    @APIResponse(
            responseCode = "404",
            description = "No such target",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response unfollow(
            @Parameter(schema = @Schema(implementation = FollowTarget.class)) @PathParam("type") String type,
            @PathParam("slug") String slug) {
        service.unfollow(target(type), slug);
        return Response.noContent().build();
    }

    private static FollowTarget target(String type) {
        FollowTarget target = FollowTarget.of(type);
        if (target == null) {
            throw org.fabrique.common.error.DomainException.invalidField(
                    "type", "one of coalition, territory, axis, event");
        }
        return target;
    }
}
