package org.fabrique.participation.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.fabrique.participation.ContributionKind;

/** One anti-spam rule's decision on a comment, suggestion or intention (or on a refused submission). */
@Entity
@Table(name = "spam_decision")
public class SpamDecision {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "comment_id")
    private Long commentId;

    @Column(name = "suggestion_id")
    private Long suggestionId;

    @Column(name = "intention_id")
    private Long intentionId;

    @Column(nullable = false)
    private String rule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verdict verdict;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false)
    private String reason;

    @Column(name = "decided_at", nullable = false)
    private OffsetDateTime decidedAt;

    protected SpamDecision() {}

    /** A decision on a stored contribution (or, without one, on a refused submission). */
    public static SpamDecision of(ContributionKind kind, Long id, SpamVerdict verdict, OffsetDateTime at) {
        SpamDecision decision = new SpamDecision(
                kind == ContributionKind.COMMENT ? id : null,
                kind == ContributionKind.SUGGESTION ? id : null,
                verdict,
                at);
        decision.intentionId = kind == ContributionKind.INTENTION ? id : null;
        return decision;
    }

    public SpamDecision(Long commentId, Long suggestionId, SpamVerdict verdict, OffsetDateTime at) {
        this.commentId = commentId;
        this.suggestionId = suggestionId;
        this.rule = verdict.rule();
        this.verdict = verdict.verdict();
        this.score = verdict.score();
        this.reason = verdict.reason().length() > 500 ? verdict.reason().substring(0, 500) : verdict.reason();
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getCommentId() {
        return commentId;
    }

    public Long getSuggestionId() {
        return suggestionId;
    }

    public Long getIntentionId() {
        return intentionId;
    }

    public String getRule() {
        return rule;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public int getScore() {
        return score;
    }

    public String getReason() {
        return reason;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }
}
