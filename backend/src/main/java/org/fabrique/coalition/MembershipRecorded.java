package org.fabrique.coalition;

/**
 * Something happened to an actor's engagement in a coalition (proposed, added, confirmed,
 * declined, changed, withdrawn, removed): a CDI event fired in the transaction of the change, with
 * what telling people about it needs. In this package, as the other features see coalitions.
 *
 * @param action the name of the membership history's action (PROPOSED, ADDED, CONFIRMED, DECLINED…)
 */
public record MembershipRecorded(
        long eventId,
        String action,
        long coalitionId,
        String coalitionSlug,
        String coalitionTitle,
        long actorId,
        String actorName,
        Long byAccountId) {}
