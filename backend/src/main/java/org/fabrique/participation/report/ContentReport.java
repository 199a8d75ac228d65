package org.fabrique.participation.report;

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
import org.fabrique.participation.submission.SpamGuard;

/** A reader's report of a comment or a suggestion; one per reporter (a keyed hash) and item. */
@Entity
@Table(name = "content_report")
public class ContentReport {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "comment_id")
    private Long commentId;

    @Column(name = "suggestion_id")
    private Long suggestionId;

    @Column(name = "reporter_key", nullable = false)
    private String reporterKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportReason reason;

    private String detail;

    @Column(nullable = false)
    private boolean resolved;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ContentReport() {}

    /** A report of a comment or a suggestion. */
    public static ContentReport of(
            ContributionKind kind, long id, String reporterKey, ReportReason reason, String detail) {
        return new ContentReport(
                kind == ContributionKind.COMMENT ? id : null,
                kind == ContributionKind.SUGGESTION ? id : null,
                reporterKey,
                reason,
                detail);
    }

    private ContentReport(Long commentId, Long suggestionId, String reporterKey, ReportReason reason, String detail) {
        this.commentId = commentId;
        this.suggestionId = suggestionId;
        this.reporterKey = reporterKey;
        this.reason = reason;
        this.detail = detail;
        this.createdAt = SpamGuard.now();
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

    public String getReporterKey() {
        return reporterKey;
    }

    public ReportReason getReason() {
        return reason;
    }

    public String getDetail() {
        return detail;
    }

    public boolean isResolved() {
        return resolved;
    }

    public void setResolved(boolean resolved) {
        this.resolved = resolved;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
