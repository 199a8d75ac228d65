package org.fabrique.participation.suggestion;

/** What a suggestion is for: an axis or a coalition, by id. */
public record SuggestionTarget(Kind kind, long id) {
    /** The kinds of things that take suggestions. */
    public enum Kind {
        AXIS,
        COALITION
    }
}
