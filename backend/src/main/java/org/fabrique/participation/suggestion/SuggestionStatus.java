package org.fabrique.participation.suggestion;

/** Moderation status of a suggestion; the public sees accepted suggestions only. */
public enum SuggestionStatus {
    PENDING,
    SPAM,
    ACCEPTED,
    REJECTED,
    DUPLICATE
}
