package org.fabrique.common.persistence;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;
import org.fabrique.common.security.DeploymentSecret;

/**
 * The database password as a deployment secret. application.properties points
 * {@code fabrique.database.password} at {@code quarkus.datasource.password}, which has no default
 * outside the local and test profiles: the backend refuses to start, before it opens a connection,
 * when the password is missing, shorter than 16 characters or a value known from this repository
 * (the local and test servers trust local connections and need none).
 */
@ConfigMapping(prefix = "fabrique.database")
public interface DatabaseCredentials {
    /** Empty in the local and test profiles; HV checks the value of the Optional, null when empty. */
    Optional<@DeploymentSecret(variable = "FABRIQUE_DB_PASSWORD", minimumLength = 16, requiredLocally = false) String>
            password();
}
