package org.fabrique.participation.suggestion;

/** What a suggestion proposes for an axis or a coalition. */
public enum SuggestionKind {
    /** A subject the axis or coalition does not address yet. */
    MISSING_SUBJECT,
    /** An organisation that could join. */
    POTENTIAL_ALLY
}
