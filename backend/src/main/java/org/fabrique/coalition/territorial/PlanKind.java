package org.fabrique.coalition.territorial;

/**
 * The territorial planning objects the method plugs into (the source: digital development master
 * plans, regional charters, departmental projects) and the territory's main strategy.
 */
public enum PlanKind {
    DIGITAL_MASTER_PLAN,
    REGIONAL_CHARTER,
    DEPARTMENTAL_PROJECT,
    MAIN_STRATEGY
}
