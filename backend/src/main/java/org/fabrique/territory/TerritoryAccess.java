package org.fabrique.territory;

import io.quarkus.security.PermissionChecker;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.fabrique.common.security.Roles;

/**
 * Who may change a territory: admins all, territory managers the territories they manage and
 * those below ({@link TerritoryStewardship}). Checked by Quarkus before the request body is read
 * and validated; an unknown slug passes, so that the endpoint answers 404.
 */
@ApplicationScoped
public class TerritoryAccess {
    /** The permission of endpoints that change a territory ({@code @PermissionsAllowed}). */
    public static final String EDIT = "territory:edit";

    private final TerritoryRepository territories;
    private final TerritoryStewardship stewardship;

    public TerritoryAccess(TerritoryRepository territories, TerritoryStewardship stewardship) {
        this.territories = territories;
        this.stewardship = stewardship;
    }

    @PermissionChecker(EDIT)
    boolean mayEdit(SecurityIdentity identity, String slug) {
        if (identity.hasRole(Roles.ADMIN)) {
            return true;
        }
        if (!identity.hasRole(Roles.TERRITORY_MANAGER)) {
            return false;
        }
        return territories
                .findBySlug(slug)
                .map(t -> stewardship.mayEdit(t.getId()))
                .orElse(true);
    }
}
