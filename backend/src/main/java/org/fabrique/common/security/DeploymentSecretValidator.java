package org.fabrique.common.security;

import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Checks a {@link DeploymentSecret}. */
public class DeploymentSecretValidator implements ConstraintValidator<DeploymentSecret, String> {
    static final int MINIMUM_LENGTH = 32;

    /**
     * Values of secrets written in this repository (local run, tests, examples, the former defaults of
     * application.properties and docker-compose.yml) and the usual defaults of PostgreSQL and
     * Keycloak images: never valid in production.
     */
    static final Set<String> KNOWN_LOCAL_VALUES = Set.of(
            "local-participation-secret-change-me",
            "test-participation-secret-not-for-production",
            "change-me",
            "change-me-too",
            "change-me-as-well",
            "fabrique",
            "postgres",
            "keycloak",
            "kc-admin",
            "admin",
            "password",
            "partner-demo-local-secret");

    /** Profiles in which the repository's own values are allowed. */
    static final Set<String> LOCAL_PROFILES = Set.of("local", "dev", "test");

    private int minimumLength = MINIMUM_LENGTH;
    private boolean requiredLocally = true;

    @Override
    public void initialize(DeploymentSecret annotation) {
        minimumLength = annotation.minimumLength();
        requiredLocally = annotation.requiredLocally();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return isValid(value, ConfigUtils.getProfiles(), minimumLength, requiredLocally);
    }

    /** This validator's rule (its annotation's length and local requirement) under the given profiles. */
    boolean isValidIn(String value, Collection<String> activeProfiles) {
        return isValid(value, activeProfiles, minimumLength, requiredLocally);
    }

    static boolean isValid(String value, Collection<String> activeProfiles) {
        return isValid(value, activeProfiles, MINIMUM_LENGTH, true);
    }

    static boolean isValid(
            String value, Collection<String> activeProfiles, int minimumLength, boolean requiredLocally) {
        if (activeProfiles.stream().anyMatch(LOCAL_PROFILES::contains)) {
            return !requiredLocally || (value != null && !value.isBlank());
        }
        return value != null && value.strip().length() >= minimumLength && !KNOWN_LOCAL_VALUES.contains(value.strip());
    }

    static boolean isValidInProduction(String value) {
        return isValid(value, List.of("prod"));
    }
}
