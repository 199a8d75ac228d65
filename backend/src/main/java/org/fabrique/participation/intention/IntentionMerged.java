package org.fabrique.participation.intention;

/** The editors joined a proposal to an existing coalition: its coordinators hear of it. */
public record IntentionMerged(
        long intentionId, String title, long coalitionId, String coalitionSlug, Long byAccountId) {}
