package org.fabrique.coalition.membership;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;

/** The coalitions an actor is engaged in; lives here because actor may not depend on coalition. */
@Path("/api/v1/actors/{actorSlug}/memberships")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Memberships")
public class ActorMembershipResource {
    private final MembershipService service;

    public ActorMembershipResource(MembershipService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listActorMemberships",
            summary = "The coalitions an actor is engaged in, with role and status")
    @APIResponse(responseCode = "200", description = "A page of the actor's memberships")
    public Page<ActorMembershipView> list(
            @PathParam("actorSlug") String actorSlug,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = "number, createdAt, role or status; prefix '-' for descending") @QueryParam("sort")
                    String sort) {
        return service.ofActor(actorSlug, PageRequest.of(page, size, sort, MembershipService.ACTOR_SORTS, "number"));
    }
}
