package org.fabrique.common.security;

/** Realm roles of the Keycloak realm "reset". */
public final class Roles {
    public static final String MEMBER = "member";
    public static final String COORDINATOR = "coordinator";
    public static final String TERRITORY_MANAGER = "territory-manager";
    public static final String EDITOR = "editor";
    public static final String MODERATOR = "moderator";
    public static final String ADMIN = "admin";
    public static final String PARTNER = "partner";

    private Roles() {}
}
