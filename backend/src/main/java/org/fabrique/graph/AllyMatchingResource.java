package org.fabrique.graph;

import jakarta.ws.rs.GET;
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

/** Ally matching: public, as everything it reads is (actors, problems, accepted suggestions). */
@Path("/api/v1/coalitions/{slug}/allies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alliance graph", description = "Actors, coalitions, problems and territories as a network")
public class AllyMatchingResource {
    private final AllyMatching matching;

    public AllyMatchingResource(AllyMatching matching) {
        this.matching = matching;
    }

    @GET
    @Operation(
            operationId = "suggestAllies",
            summary = "Actors that could join each problem of a coalition, ranked, with the reasons",
            description = "Per problem, at most five actors who are not members of the coalition nor"
                    + " joined on the problem, by score: a reader's accepted potential-ally suggestion (4),"
                    + " a kind among the allies sought (3), expertise sharing words with the problem (2 each),"
                    + " a territory where the coalition is declined (2), commitments in other coalitions"
                    + " (1 each, with another reason only).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AllySuggestions.class)))
    @APIResponse(
            responseCode = "404",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AllySuggestions allies(@PathParam("slug") String slug) {
        return matching.of(slug);
    }
}
