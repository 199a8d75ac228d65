package org.fabrique.participation.submission;

import java.time.OffsetDateTime;

/** A stored anti-spam decision with the id of the contribution it decided (a query's row). */
public record SpamDecisionRow(
        long contributionId, String rule, Verdict verdict, int score, String reason, OffsetDateTime at) {
    public SpamDecisionView view() {
        return new SpamDecisionView(rule, verdict, score, reason, at);
    }
}
