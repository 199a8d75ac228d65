package org.fabrique.participation.comment;

/** What a moderator decides about comments. */
public enum CommentAction {
    APPROVE,
    SPAM,
    TRASH;

    CommentStatus status() {
        return switch (this) {
            case APPROVE -> CommentStatus.APPROVED;
            case SPAM -> CommentStatus.SPAM;
            case TRASH -> CommentStatus.TRASH;
        };
    }
}
