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
 * must be set, at least {@link #minimumLength()} characters long and not one of the values written
 * in this repository. Checked when the configuration is read at start-up, before anything connects,
 * so the backend refuses to start rather than run with a key or password everybody knows. On an
 * {@code Optional} property the check applies to the value, and an empty one counts as missing.
 */
@Documented
@Constraint(validatedBy = DeploymentSecretValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DeploymentSecret {
    /** The environment variable that sets it, named in the message. */
    String variable();

    /** The shortest value accepted outside the local profiles. */
    int minimumLength() default DeploymentSecretValidator.MINIMUM_LENGTH;

    /**
     * Whether the local, dev and test profiles need a value too (false for the database password,
     * which the local and test PostgreSQL servers do not ask for).
     */
    boolean requiredLocally() default true;

    String message() default
            "{variable} must be set to a random value of at least {minimumLength} characters"
                    + " that is not one of the repository's local defaults (for example: openssl rand -base64 48)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
