package org.fabrique.participation.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One moderator's decision on one comment or suggestion, with its reason. */
@Entity
@Table(name = "moderation_action")
public class ModerationAction {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "target_kind", nullable = false)
    private String targetKind;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(nullable = false)
    private String action;

    private String reason;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "decided_at", nullable = false)
    private OffsetDateTime decidedAt;

    protected ModerationAction() {}

    public ModerationAction(
            String targetKind, long targetId, String action, String reason, Long accountId, OffsetDateTime at) {
        this.targetKind = targetKind;
        this.targetId = targetId;
        this.action = action;
        this.reason = reason;
        this.accountId = accountId;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getTargetKind() {
        return targetKind;
    }

    public long getTargetId() {
        return targetId;
    }

    public String getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }

    public Long getAccountId() {
        return accountId;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }
}
