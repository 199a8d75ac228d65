package org.fabrique.participation.suggestion;

/** What a moderator decides about suggestions. */
public enum SuggestionAction {
    ACCEPT,
    REJECT,
    DUPLICATE,
    SPAM;

    SuggestionStatus status() {
        return switch (this) {
            case ACCEPT -> SuggestionStatus.ACCEPTED;
            case REJECT -> SuggestionStatus.REJECTED;
            case DUPLICATE -> SuggestionStatus.DUPLICATE;
            case SPAM -> SuggestionStatus.SPAM;
        };
    }
}
