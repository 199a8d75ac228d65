package org.fabrique.account;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.ProblemType;
import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/**
 * The users of the identity provider (Keycloak's admin API through its Java client, with the
 * client-credentials grant of {@link IdentityProviderConfig}). Only deletion is needed.
 */
@ApplicationScoped
public class IdentityProviderUsers {
    private static final Logger LOG = Logger.getLogger(IdentityProviderUsers.class);

    private final IdentityProviderConfig config;
    private volatile Keycloak client;

    public IdentityProviderUsers(IdentityProviderConfig config) {
        this.config = config;
    }

    /**
     * Removes the user whose subject (Keycloak user id) is given; one already gone is fine. A 503
     * problem when Keycloak cannot be reached or refuses: then nothing else may be deleted.
     */
    public void delete(String subject) {
        int status;
        try (Response response = client().realm(config.realm()).users().delete(subject)) {
            status = response.getStatus();
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf("Keycloak did not delete user %s: %s", subject, e.getMessage());
            throw unavailable();
        }
        if (status != 204 && status != 404) {
            LOG.warnf("Keycloak answered %d to the deletion of user %s", status, subject);
            throw unavailable();
        }
    }

    private Keycloak client() {
        Keycloak current = client;
        if (current == null) {
            String secret = config.clientSecret()
                    .filter(s -> !s.isBlank())
                    .orElseThrow(() -> new DomainException(
                            ProblemType.UNAVAILABLE,
                            "Account deletion is not configured on this deployment"
                                    + " (FABRIQUE_KEYCLOAK_ACCOUNTS_SECRET): nothing was deleted"));
            synchronized (this) {
                if (client == null) {
                    client = KeycloakBuilder.builder()
                            .serverUrl(config.url())
                            .realm(config.realm())
                            .clientId(config.clientId())
                            .clientSecret(secret)
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                            .build();
                }
                current = client;
            }
        }
        return current;
    }

    private static DomainException unavailable() {
        return new DomainException(
                ProblemType.UNAVAILABLE,
                "The identity provider could not remove the account now: nothing was deleted, try again later");
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
