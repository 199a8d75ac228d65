package org.fabrique.participation.submission;

/** One rule's decision on a submission, with its reason (stored with the submission). */
public record SpamVerdict(String rule, Verdict verdict, int score, String reason) {
    public static SpamVerdict pass(String rule, String reason) {
        return new SpamVerdict(rule, Verdict.PASS, 0, reason);
    }

    public static SpamVerdict hold(String rule, int score, String reason) {
        return new SpamVerdict(rule, Verdict.HOLD, score, reason);
    }

    public static SpamVerdict spam(String rule, int score, String reason) {
        return new SpamVerdict(rule, Verdict.SPAM, score, reason);
    }
}
