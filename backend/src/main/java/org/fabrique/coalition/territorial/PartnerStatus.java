package org.fabrique.coalition.territorial;

/** Where a partner of a territorial coalition stands. */
public enum PartnerStatus {
    IDENTIFIED,
    SOUGHT,
    ENGAGED
}
