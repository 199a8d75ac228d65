package org.fabrique.territory;

/**
 * Whether the caller may edit a territory: admins all, territory managers the territories they
 * manage and those below. Implemented by the account feature (which depends on territory).
 */
public interface TerritoryStewardship {
    boolean mayEdit(long territoryId);
}
