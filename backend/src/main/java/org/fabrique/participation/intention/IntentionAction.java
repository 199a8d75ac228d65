package org.fabrique.participation.intention;

/** What the editors make of a proposed coalition. */
public enum IntentionAction {
    /** A new coalition at the EMERGING stage, made of the proposal. */
    ACCEPT(IntentionStatus.ACCEPTED),
    /** Joined to an existing coalition: its problems are added to that coalition's canvas. */
    MERGE(IntentionStatus.MERGED),
    DECLINE(IntentionStatus.DECLINED);

    private final IntentionStatus status;

    IntentionAction(IntentionStatus status) {
        this.status = status;
    }

    public IntentionStatus status() {
        return status;
    }
}
