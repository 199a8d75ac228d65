package org.fabrique.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Points the OpenID Connect security scheme at the deployment's Keycloak when the application
 * starts ({@code fabrique.keycloak.url}, from {@code FABRIQUE_KEYCLOAK_URL}), not at the address
 * known when the jar was built: Swagger UI's Authorize discovers the sign-in endpoints from it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class OidcDiscoveryFilter implements OASFilter {
    @Override
    public SecurityScheme filterSecurityScheme(SecurityScheme scheme) {
        if (scheme.getType() == SecurityScheme.Type.OPENIDCONNECT) {
            String keycloak = ConfigProvider.getConfig().getValue("fabrique.keycloak.url", String.class);
            scheme.setOpenIdConnectUrl(
                    keycloak.replaceAll("/+$", "") + "/realms/reset/.well-known/openid-configuration");
        }
        return scheme;
    }
}
