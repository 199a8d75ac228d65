package org.fabrique.participation.intention;

/** Where a proposed coalition stands: waiting for the editors, held as spam, or decided. */
public enum IntentionStatus {
    PENDING,
    SPAM,
    /** Accepted: an emerging coalition was made of it. */
    ACCEPTED,
    /** Merged into an existing coalition. */
    MERGED,
    DECLINED
}
