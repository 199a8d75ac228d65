package org.fabrique.participation.comment;

/** What a comment is about: a published note or a coalition, by id. */
public record CommentTarget(Kind kind, long id) {
    /** The kinds of pages that take comments. */
    public enum Kind {
        NOTE,
        COALITION
    }
}
