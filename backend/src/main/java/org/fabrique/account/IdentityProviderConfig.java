package org.fabrique.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * How the backend reaches Keycloak's admin API to remove the user of a deleted account: a
 * confidential client of the realm with a service account allowed to manage users
 * ({@code fabrique-accounts}, realm-management role {@code manage-users}).
 */
@ConfigMapping(prefix = "fabrique.accounts.identity-provider")
public interface IdentityProviderConfig {
    /** Keycloak's base URL as the backend reaches it (inside a deployment: its internal address). */
    @WithDefault("http://localhost:8180")
    String url();

    @WithDefault("reset")
    String realm();

    @WithDefault("fabrique-accounts")
    String clientId();

    /**
     * The client's secret (FABRIQUE_KEYCLOAK_ACCOUNTS_SECRET). Unset: account deletion answers 503
     * and says so, since the person would otherwise stay able to sign in.
     */
    Optional<String> clientSecret();
}
