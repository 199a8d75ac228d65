package org.fabrique.coalition;

/** How a territory takes part in a coalition. */
public enum Positioning {
    PILOT,
    CONTRIBUTOR
}
