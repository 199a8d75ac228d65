package org.fabrique.common.security;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A secret of the deployment (a configuration value): outside the local, dev and test profiles it
 * must be at least {@value DeploymentSecretValidator#MINIMUM_LENGTH} characters long and must not be
 * one of the values written in this repository. Checked when the configuration is read at start-up,
 * so the backend refuses to start rather than run with a key everybody knows.
 */
@Documented
@Constraint(validatedBy = DeploymentSecretValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DeploymentSecret {
    /** The environment variable that sets it, named in the message. */
    String variable();

    String message() default
            "{variable} must be set to a random value of at least 32 characters"
                    + " that is not one of the repository's local defaults (for example: openssl rand -base64 48)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
