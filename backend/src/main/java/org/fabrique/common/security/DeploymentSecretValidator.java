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

    /** Values of secrets written in this repository (local run, tests, examples): never valid in production. */
    static final Set<String> KNOWN_LOCAL_VALUES = Set.of(
            "local-participation-secret-change-me",
            "test-participation-secret-not-for-production",
            "change-me",
            "change-me-too",
            "change-me-as-well");

    /** Profiles in which the repository's own values are allowed. */
    static final Set<String> LOCAL_PROFILES = Set.of("local", "dev", "test");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return isValid(value, ConfigUtils.getProfiles());
    }

    static boolean isValid(String value, Collection<String> activeProfiles) {
        if (activeProfiles.stream().anyMatch(LOCAL_PROFILES::contains)) {
            return value != null && !value.isBlank();
        }
        return value != null && value.strip().length() >= MINIMUM_LENGTH && !KNOWN_LOCAL_VALUES.contains(value.strip());
    }

    static boolean isValidInProduction(String value) {
        return isValid(value, List.of("prod"));
    }
}
