package org.fabrique.participation.submission;

/** What an anti-spam rule makes of a submission; the worst verdict of all rules wins. */
public enum Verdict {
    /** Nothing against it. */
    PASS,
    /** Held for a moderator (pending). */
    HOLD,
    /** Stored as spam, never shown. */
    SPAM;

    public Verdict worst(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
