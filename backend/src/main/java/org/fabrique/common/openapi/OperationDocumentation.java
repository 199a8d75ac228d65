package org.fabrique.common.openapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Says, on every operation, who may call it, and completes what the annotations leave out:
 *
 * <ul>
 *   <li>the roles that {@code @RolesAllowed} puts in the security requirement move to the
 *       description: the scheme is OpenID Connect, whose requirement lists OAuth scopes, and our
 *       roles are realm roles of the token ({@code realm_access/roles}), not scopes;
 *   <li>operations open to anonymous callers (public reads; comments, suggestions, reports and
 *       erasure among writes) declare the optional requirement {@code [{}, {SecurityScheme: []}]}:
 *       no token, or a token;
 *   <li>the one server is relative ({@code /}), so that the contract names no host;
 *   <li>an operation without a description gets its summary; a response without one gets the
 *       meaning of its status.
 * </ul>
 */
class OperationDocumentation {
    private static final String SCHEME = "SecurityScheme";
    private static final Map<String, String> STATUS = Map.of(
            "200", "OK",
            "201", "Created; Location names the new resource",
            "202", "Accepted; the answer says what happens next",
            "204", "Done, no content",
            "304", "Not modified (If-None-Match)");

    void document(OpenAPI openAPI) {
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    path.getValue().getOperations().entrySet()) {
                Operation op = entry.getValue();
                boolean write = entry.getKey() != PathItem.HttpMethod.GET;
                String access = access(op, write);
                String description = op.getDescription() != null
                        ? op.getDescription()
                        : op.getSummary() == null ? "" : sentence(op.getSummary());
                op.setDescription((description + "\n\n" + access).strip());
                if (op.getResponses() != null) {
                    for (Map.Entry<String, APIResponse> response :
                            op.getResponses().getAPIResponses().entrySet()) {
                        APIResponse r = response.getValue();
                        if (r.getRef() == null
                                && (r.getDescription() == null
                                        || r.getDescription().isBlank())) {
                            r.setDescription(STATUS.getOrDefault(response.getKey(), "See the problem's detail"));
                        }
                    }
                }
            }
        }
        // One relative server: the API is served from the origin that serves this document, so the
        // contract names no host. Meant for partners (x-internal false), the same in every environment.
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer()
                .url("/")
                .description("The origin that serves this document (local, staging or production)")
                .addExtension("x-internal", false))));
    }

    /** Rewrites the operation's security requirements and says in words who may call it. */
    private static String access(Operation op, boolean write) {
        List<SecurityRequirement> security = op.getSecurity();
        if (security == null || security.isEmpty()) {
            List<SecurityRequirement> optional = new ArrayList<>();
            optional.add(OASFactory.createSecurityRequirement());
            optional.add(OASFactory.createSecurityRequirement().addScheme(SCHEME));
            op.setSecurity(optional);
            return write
                    ? "Open to anonymous callers (rate-limited per client address); a token is accepted."
                    : "Public: no token needed; a token is accepted (a draft or a permission may depend on it).";
        }
        Set<String> roles = new LinkedHashSet<>();
        List<SecurityRequirement> rewritten = new ArrayList<>();
        for (SecurityRequirement requirement : security) {
            SecurityRequirement copy = OASFactory.createSecurityRequirement();
            if (requirement.getSchemes() != null) {
                requirement.getSchemes().forEach((scheme, scopes) -> {
                    if (scopes != null) {
                        roles.addAll(scopes);
                    }
                    copy.addScheme(scheme);
                });
            }
            rewritten.add(copy);
        }
        op.setSecurity(rewritten);
        if (roles.isEmpty()) {
            return "Needs a bearer token.";
        }
        return "Needs a bearer token with one of the realm roles: "
                + String.join(
                        ", ", roles.stream().sorted().map(r -> "`" + r + "`").toList())
                + ".";
    }

    private static String sentence(String summary) {
        String s = summary.strip();
        return s.endsWith(".") ? s : s + ".";
    }
}
