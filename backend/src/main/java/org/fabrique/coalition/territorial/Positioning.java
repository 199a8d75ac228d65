package org.fabrique.coalition.territorial;

/** How a territory takes part in a coalition. */
public enum Positioning {
    PILOT,
    CONTRIBUTOR
}
