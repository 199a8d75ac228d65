package org.fabrique.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security headers on every HTTP response. The API answers JSON only, so its Content-Security-Policy
 * forbids everything; Swagger UI's allows its own (inline) scripts and styles and calls to the API
 * and to Keycloak, where its "Authorize" button signs in.
 */
@ApplicationScoped
public class SecurityHeaders {
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private final String swaggerPolicy;

    public SecurityHeaders(@ConfigProperty(name = "fabrique.keycloak.url") String keycloakUrl) {
        this.swaggerPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data:; connect-src 'self' " + keycloakUrl + "; frame-ancestors 'none'";
    }

    void register(@Observes Filters filters) {
        filters.register(
                rc -> {
                    String path = rc.normalizedPath();
                    var headers = rc.response().headers();
                    headers.set("X-Content-Type-Options", "nosniff");
                    headers.set("Referrer-Policy", "no-referrer");
                    headers.set("X-Frame-Options", "DENY");
                    headers.set(
                            "Content-Security-Policy", path.startsWith("/q/swagger-ui") ? swaggerPolicy : API_POLICY);
                    rc.next();
                },
                100);
    }
}
