package org.fabrique.coalition.membership;

/**
 * Something happened to an actor's engagement in a coalition (proposed, added, confirmed,
 * declined, changed, withdrawn, removed): a CDI event fired in the transaction of the change, with
 * what telling people about it needs.
 */
public record MembershipRecorded(
        long eventId,
        MembershipEvent.Action action,
        long coalitionId,
        String coalitionSlug,
        String coalitionTitle,
        long actorId,
        String actorName,
        Long byAccountId) {}
