package org.fabrique.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.paging.QueryParams;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Search across every public record")
public class SearchResource {
    private final SearchService service;

    public SearchResource(SearchService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "search",
            summary = "Search coalitions, published notes, actors, people, events, testimonies, territories,"
                    + " shared resources and local initiatives",
            description = "PostgreSQL full-text search: case- and accent-insensitive, French words stemmed, each"
                    + " word a prefix ('ethiq' and 'ethique' find 'éthiques'); with several words every word must"
                    + " match. Hits whose title holds every word come first, then by relevance (title > summary >"
                    + " body). Each hit has a snippet with the matches marked. When nothing matches, titles close"
                    + " to the words are returned with approximate=true.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SearchResults.class)))
    public SearchResults search(
            @Parameter(description = "Words to look for (at least 2 letters)", example = "ethique numerique")
                    @QueryParam("q")
                    String q,
            @Parameter(
                            description =
                                    "Restrict to types, comma-separated: coalition, note, actor, person, event, testimony,"
                                            + " territory, resource, initiative")
                    @QueryParam("type")
                    String type,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @QueryParam("size") String size) {
        String query = QueryParams.text("q", q, 200);
        if (query == null) {
            throw PageRequest.invalid("q", "is required");
        }
        return service.search(query, types(type), PageRequest.of(page, size));
    }

    private static Set<String> types(String raw) {
        Set<String> types = new LinkedHashSet<>();
        if (raw == null || raw.isBlank()) {
            return types;
        }
        for (String part : raw.split(",")) {
            String t = part.trim().toLowerCase(Locale.ROOT);
            if (!SearchService.TYPES.contains(t)) {
                throw PageRequest.invalid("type", "must be among " + String.join(", ", SearchService.TYPES));
            }
            types.add(t);
        }
        return types;
    }
}
