package org.fabrique.territory;

/** Levels of territory, from the nation down to the commune. */
public enum TerritoryKind {
    NATIONAL,
    REGION,
    DEPARTEMENT,
    METROPOLIS,
    COMMUNE
}
