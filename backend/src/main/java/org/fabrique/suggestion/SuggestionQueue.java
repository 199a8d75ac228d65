package org.fabrique.suggestion;

/** Moderation queues of suggestions: awaiting a decision, held as spam, reported (or hidden). */
public enum SuggestionQueue {
    PENDING,
    SPAM,
    REPORTED
}
