package org.fabrique.coalition.territorial;

/** Progress of a coalition's local declension. */
public enum TerritorialStatus {
    IDENTIFIED,
    PARTNERS_SOUGHT,
    COMMITMENTS_SET,
    ACTIVE
}
