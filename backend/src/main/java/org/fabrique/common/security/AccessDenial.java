package org.fabrique.common.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * Why a permission checker refused the current request. Quarkus turns whatever a checker throws
 * into its own {@code ForbiddenException}, which carries no reason; a checker that has one to give
 * (a partner client linked to no actor…) records it here, and the 403 problem says it.
 */
@RequestScoped
public class AccessDenial {
    private String reason;

    public String reason() {
        return reason;
    }

    public void record(String reason) {
        this.reason = reason;
    }
}
