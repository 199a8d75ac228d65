package org.fabrique.participation;

/**
 * A contribution now waits for a moderator (held by the spam rules, not marked as spam): a CDI
 * event fired in the transaction that stores it.
 */
public record ContributionHeld(ContributionKind kind, long id) {}
