package org.fabrique.coalition.membership;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;

/** The coordinator's inbox: proposed engagements waiting for them, across their coalitions. */
@Path("/api/v1/me/commitment-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commitments")
public class CommitmentRequestsResource {
    private final CommitmentService service;

    public CommitmentRequestsResource(CommitmentService service) {
        this.service = service;
    }

    @GET
    @Authenticated
    @Operation(
            operationId = "listCommitmentRequests",
            summary = "Proposed engagements the caller may decide, oldest first (empty for non-coordinators)")
    @APIResponse(responseCode = "200", description = "A page of requests")
    public Page<CommitmentRequestView> list(
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        return service.requests(PageRequest.of(page, size));
    }
}
