package org.fabrique.participation;

/** Moderation queues: awaiting a decision, held as spam, reported by readers (or hidden). */
public enum ModerationQueue {
    PENDING,
    SPAM,
    REPORTED
}
