package org.fabrique.common.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fabrique.common.persistence.DatabaseCredentials;
import org.junit.jupiter.api.Test;

class DeploymentSecretValidatorTest {
    private static final String RANDOM = "u6Jx0mQ1v3cWZb9pF2kTn8LrY4sDe7Ha";

    @Test
    void refusesAMissingOrBlankSecret_inProduction() {
        assertFalse(DeploymentSecretValidator.isValidInProduction(null));
        assertFalse(DeploymentSecretValidator.isValidInProduction(""));
        assertFalse(DeploymentSecretValidator.isValidInProduction("   "));
    }

    @Test
    void refusesEveryValueWrittenInTheRepository_inProduction() {
        for (String known : DeploymentSecretValidator.KNOWN_LOCAL_VALUES) {
            assertFalse(DeploymentSecretValidator.isValidInProduction(known), known);
        }
    }

    @Test
    void refusesAShortSecret_inProduction() {
        assertFalse(DeploymentSecretValidator.isValidInProduction(RANDOM.substring(1)));
    }

    @Test
    void acceptsALongRandomSecret_inProduction() {
        assertTrue(DeploymentSecretValidator.isValidInProduction(RANDOM));
    }

    @Test
    void acceptsTheRepositoryValues_inLocalAndTestProfiles() {
        assertTrue(DeploymentSecretValidator.isValid("local-participation-secret-change-me", List.of("local")));
        assertTrue(DeploymentSecretValidator.isValid("test-participation-secret-not-for-production", List.of("test")));
        assertFalse(DeploymentSecretValidator.isValid("", List.of("test")));
    }

    @Test
    void aProfileNamedLikeProductionIsNotLocal() {
        assertFalse(DeploymentSecretValidator.isValid("change-me", List.of("prod", "staging")));
    }

    /** The validator as configured by the constraint on the database password. */
    private static DeploymentSecretValidator databasePassword() throws NoSuchMethodException {
        DeploymentSecretValidator validator = new DeploymentSecretValidator();
        validator.initialize(((java.lang.reflect.AnnotatedParameterizedType)
                        DatabaseCredentials.class.getMethod("password").getAnnotatedReturnType())
                .getAnnotatedActualTypeArguments()[0].getAnnotation(DeploymentSecret.class));
        return validator;
    }

    @Test
    void refusesAMissingShortOrKnownDatabasePassword_inProduction() throws NoSuchMethodException {
        DeploymentSecretValidator validator = databasePassword();
        for (String refused : List.of("", "fabrique", "change-me", "postgres", "short-password")) {
            assertFalse(validator.isValidIn(refused, List.of("prod")), refused);
        }
        assertFalse(validator.isValidIn(null, List.of("prod")));
        assertTrue(validator.isValidIn("r4Nd0m-Db-Pa55w0rd", List.of("prod")));
    }

    @Test
    void acceptsNoDatabasePassword_inLocalAndTestProfiles() throws NoSuchMethodException {
        DeploymentSecretValidator validator = databasePassword();
        assertTrue(validator.isValidIn(null, List.of("test")));
        assertTrue(validator.isValidIn(null, List.of("local")));
    }
}
