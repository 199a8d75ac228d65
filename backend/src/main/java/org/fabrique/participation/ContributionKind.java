package org.fabrique.participation;

/**
 * The kinds of contributions, and the attribute by which reports and spam decisions name one of
 * them ({@code commentId}, {@code suggestionId} or {@code intentionId}: the tables keep one column per kind).
 */
public enum ContributionKind {
    COMMENT("comment", "comments", "commentId"),
    SUGGESTION("suggestion", "suggestions", "suggestionId"),
    /** A proposed coalition (never reported: it is not public before editors accept it). */
    INTENTION("intention", "intentions", "intentionId");

    private final String label;
    private final String plural;
    private final String reference;

    ContributionKind(String label, String plural, String reference) {
        this.label = label;
        this.plural = plural;
        this.reference = reference;
    }

    /** "comment" or "suggestion": the type of a submission, the kind in a 404. */
    public String label() {
        return label;
    }

    public String plural() {
        return plural;
    }

    /** The attribute of reports and spam decisions that holds this kind's id. */
    public String reference() {
        return reference;
    }
}
