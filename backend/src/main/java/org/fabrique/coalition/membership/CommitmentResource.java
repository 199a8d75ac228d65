package org.fabrique.coalition.membership;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.coalition.CoalitionAccess;
import org.fabrique.common.security.Roles;

/**
 * Members propose their actors' engagement and coordinators decide; coordinators invite actors and
 * their people answer; everyone involved can withdraw.
 */
@Path("/api/v1/coalitions/{slug}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Commitments",
        description = "Proposing, inviting, deciding, answering and withdrawing engagements, with their history")
public class CommitmentResource {
    private final CommitmentService service;

    public CommitmentResource(CommitmentService service) {
        this.service = service;
    }

    @POST
    @Path("/commitments")
    @RolesAllowed({Roles.MEMBER, Roles.COORDINATOR, Roles.TERRITORY_MANAGER, Roles.EDITOR, Roles.MODERATOR, Roles.ADMIN
    })
    @Operation(
            operationId = "proposeCommitment",
            summary = "Propose one of your actors to join the coalition (status PROPOSED)",
            description = "The actor must be linked to your account. Role CONTRIBUTOR, ALLY or FUNDER.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = MembershipView.class)))
    public Response propose(
            @PathParam("slug") String slug, @Valid @NotNull CommitmentInput input, @Context UriInfo uri) {
        return created(uri, slug, service.propose(slug, input));
    }

    @POST
    @Path("/members/{actorSlug}/decision")
    @PermissionsAllowed(CoalitionAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.COORDINATOR, Roles.ADMIN})
    @Operation(
            operationId = "decideCommitment",
            summary = "Confirm or decline a proposed engagement (the coalition's coordinators)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MembershipView.class)))
    public MembershipView decide(
            @PathParam("slug") String slug,
            @PathParam("actorSlug") String actorSlug,
            @Valid @NotNull CommitmentDecision input) {
        return service.decide(slug, actorSlug, input);
    }

    @POST
    @Path("/invitations")
    @PermissionsAllowed(CoalitionAccess.EDIT)
    @SecurityRequirement(
            name = "SecurityScheme",
            scopes = {Roles.COORDINATOR, Roles.ADMIN})
    @Operation(
            operationId = "inviteActor",
            summary = "Invite an actor to join the coalition (status INVITED; the coalition's coordinators)",
            description = "The actor's people accept or refuse it (POST …/members/{actorSlug}/answer); they are"
                    + " notified. 409 when the actor is already proposed, invited or confirmed.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = MembershipView.class)))
    public Response invite(
            @PathParam("slug") String slug, @Valid @NotNull InvitationInput input, @Context UriInfo uri) {
        return created(uri, slug, service.invite(slug, input));
    }

    @POST
    @Path("/members/{actorSlug}/answer")
    @RolesAllowed({Roles.MEMBER, Roles.COORDINATOR, Roles.TERRITORY_MANAGER, Roles.EDITOR, Roles.MODERATOR, Roles.ADMIN
    })
    @Operation(
            operationId = "answerInvitation",
            summary = "Accept (confirmed) or refuse an invitation (the actor's people)",
            description = "409 when the engagement is not an invitation waiting for its answer.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MembershipView.class)))
    public MembershipView answer(
            @PathParam("slug") String slug,
            @PathParam("actorSlug") String actorSlug,
            @Valid @NotNull InvitationAnswer input) {
        return service.answer(slug, actorSlug, input);
    }

    @POST
    @Path("/members/{actorSlug}/withdrawal")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.MEMBER, Roles.COORDINATOR, Roles.TERRITORY_MANAGER, Roles.EDITOR, Roles.MODERATOR, Roles.ADMIN
    })
    @Operation(
            operationId = "withdrawCommitment",
            summary = "Withdraw an engagement (the coalition's coordinators or the actor's people)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MembershipView.class)))
    public MembershipView withdraw(@PathParam("slug") String slug, @PathParam("actorSlug") String actorSlug) {
        return service.withdraw(slug, actorSlug);
    }

    @GET
    @Path("/members/{actorSlug}/history")
    @Authenticated
    @Operation(
            operationId = "getCommitmentHistory",
            summary = "Every change of an engagement, who made it and when (coordinators and the actor's people)")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = MembershipEventView.class, type = SchemaType.ARRAY)))
    public List<MembershipEventView> history(@PathParam("slug") String slug, @PathParam("actorSlug") String actorSlug) {
        return service.history(slug, actorSlug);
    }

    /** 201 with the membership's address ({@code …/members/{actorSlug}}) and its view. */
    private static Response created(UriInfo uri, String slug, MembershipView created) {
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/coalitions")
                        .path(slug)
                        .path("members")
                        .path(created.actor().slug())
                        .build())
                .entity(created)
                .build();
    }
}
