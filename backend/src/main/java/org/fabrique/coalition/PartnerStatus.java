package org.fabrique.coalition;

/** Where a partner of a territorial coalition stands. */
public enum PartnerStatus {
    IDENTIFIED,
    SOUGHT,
    ENGAGED
}
