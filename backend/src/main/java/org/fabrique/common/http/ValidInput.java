package org.fabrique.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code @Valid} rules of a request body applied to a body that was not read by JAX-RS (a
 * merge-patched one): a parameter annotated as on the resources, checked by the same method
 * validation, so the violations carry the same messages and the same field paths
 * ({@code check.input.title} → {@code title}) as those of a {@code PUT}.
 */
@ApplicationScoped
public class ValidInput {
    public <T> T check(@Valid @NotNull T input) {
        return input;
    }
}
