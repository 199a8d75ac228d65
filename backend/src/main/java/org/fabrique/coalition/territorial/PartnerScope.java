package org.fabrique.coalition.territorial;

/** Whether a partner of a territorial coalition acts nationally or in the territory. */
public enum PartnerScope {
    NATIONAL,
    TERRITORIAL
}
