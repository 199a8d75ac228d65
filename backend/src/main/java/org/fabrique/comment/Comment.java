package org.fabrique.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.fabrique.common.persistence.AuditedEntity;

/** A public comment on a note or a coalition (one level of replies). The e-mail is for moderation only. */
@Entity
@Table(name = "comment")
public class Comment extends AuditedEntity {
    @Column(name = "note_id")
    private Long noteId;

    @Column(name = "coalition_id")
    private Long coalitionId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "email")
    private String email;

    @Column(name = "email_hash")
    private String emailHash;

    @Column(name = "website")
    private String website;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "ip_hash")
    private String ipHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CommentStatus status;

    @Column(name = "hidden", nullable = false)
    private boolean hidden;

    @Column(name = "erased", nullable = false)
    private boolean erased;

    @Column(name = "moderation_reason")
    private String moderationReason;

    @Column(name = "moderated_at")
    private java.time.OffsetDateTime moderatedAt;

    public Comment() {}

    public Long getNoteId() {
        return noteId;
    }

    public void setNoteId(Long noteId) {
        this.noteId = noteId;
    }

    public Long getCoalitionId() {
        return coalitionId;
    }

    public void setCoalitionId(Long coalitionId) {
        this.coalitionId = coalitionId;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getEmailHash() {
        return emailHash;
    }

    public void setEmailHash(String emailHash) {
        this.emailHash = emailHash;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    public String getContentHash() {
        return contentHash;
    }

    public void setContentHash(String contentHash) {
        this.contentHash = contentHash;
    }

    public String getIpHash() {
        return ipHash;
    }

    public void setIpHash(String ipHash) {
        this.ipHash = ipHash;
    }

    public CommentStatus getStatus() {
        return status;
    }

    public void setStatus(CommentStatus status) {
        this.status = status;
    }

    public boolean isHidden() {
        return hidden;
    }

    public void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    public boolean isErased() {
        return erased;
    }

    public void setErased(boolean erased) {
        this.erased = erased;
    }

    public String getModerationReason() {
        return moderationReason;
    }

    public void setModerationReason(String moderationReason) {
        this.moderationReason = moderationReason;
    }

    public java.time.OffsetDateTime getModeratedAt() {
        return moderatedAt;
    }

    public void setModeratedAt(java.time.OffsetDateTime moderatedAt) {
        this.moderatedAt = moderatedAt;
    }
}
