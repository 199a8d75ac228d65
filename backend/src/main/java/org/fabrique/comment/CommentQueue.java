package org.fabrique.comment;

/** Moderation queues: held for moderation, held as spam, reported by readers (or hidden). */
public enum CommentQueue {
    PENDING,
    SPAM,
    REPORTED
}
