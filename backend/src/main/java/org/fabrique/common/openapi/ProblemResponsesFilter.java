package org.fabrique.common.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents, on every operation of /api/v1, the problem+json answers that come from shared
 * mechanisms rather than from the operation itself: bad query parameters or bodies (400), missing
 * or insufficient rights (401/403 on secured operations), unknown resources (404 on paths with
 * parameters), stale If-Match (412 on updates and conditional reads), bodies over the limit or not JSON (413, 415), rate limits (429), unexpected errors (500) and an unavailable database (503).
 * Operations keep what they declare themselves.
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final String PROBLEM = "#/components/schemas/Problem";

    /** Descriptions that smallrye-openapi writes for the 401/403 it adds to secured operations. */
    private static final java.util.Set<String> GENERATED = java.util.Set.of("Not Authorized", "Not Allowed");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            boolean hasParameters = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    path.getValue().getOperations().entrySet()) {
                Operation op = entry.getValue();
                PathItem.HttpMethod method = entry.getKey();
                boolean write = method != PathItem.HttpMethod.GET;
                boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
                add(op, "400", "Invalid parameters or body (each field listed)");
                if (secured) {
                    add(op, "401", "No valid bearer token");
                    add(op, "403", "The caller's roles or ownership do not allow this");
                }
                if (hasParameters) {
                    add(op, "404", "No such resource");
                }
                if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
                    add(op, "412", "If-Match names a version that is no longer current");
                }
                if (method == PathItem.HttpMethod.GET
                        && op.getResponses() != null
                        && op.getResponses().hasAPIResponse("304")) {
                    // A conditional read: an If-Match naming another version answers 412 (RFC 9110).
                    add(op, "412", "If-Match names another version than the current one");
                }
                if (op.getRequestBody() != null) {
                    add(op, "413", "Body over 1 MiB");
                    add(
                            op,
                            "415",
                            method == PathItem.HttpMethod.PATCH
                                    ? "Content-Type is not application/merge-patch+json"
                                    : "Content-Type is not application/json");
                }
                if (write) {
                    add(op, "409", "Conflicts with the current state (a slug or number taken...)");
                }
                add(op, "429", "Rate limit reached; see Retry-After");
                add(op, "500", "Unexpected error (logged; the problem carries no internals)");
                add(op, "503", "Database unavailable or overloaded; see Retry-After");
            }
        }
    }

    private static void add(Operation op, String code, String description) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        if (responses.hasAPIResponse(code)) {
            APIResponse existing = responses.getAPIResponse(code);
            if (existing.getDescription() == null
                    || existing.getDescription().isBlank()
                    || GENERATED.contains(existing.getDescription())) {
                existing.setDescription(description);
            }
            if (existing.getContent() == null && existing.getRef() == null) {
                // Quarkus' own 401/403 answers are problem+json too (ProblemMappers).
                existing.setContent(problemContent());
            }
            return;
        }
        responses.addAPIResponse(
                code, OASFactory.createAPIResponse().description(description).content(problemContent()));
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        "application/problem+json",
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM)));
    }
}
