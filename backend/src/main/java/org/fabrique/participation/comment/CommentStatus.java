package org.fabrique.participation.comment;

/** Moderation status of a comment; the public sees approved comments only. */
public enum CommentStatus {
    PENDING,
    APPROVED,
    SPAM,
    TRASH
}
