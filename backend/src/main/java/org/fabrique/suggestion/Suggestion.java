package org.fabrique.suggestion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.fabrique.actor.ActorKind;
import org.fabrique.common.persistence.AuditedEntity;

/** A missing subject or potential ally proposed for an axis or a coalition. The e-mail is for moderation only. */
@Entity
@Table(name = "suggestion")
public class Suggestion extends AuditedEntity {
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private SuggestionKind kind;

    @Column(name = "axis_id")
    private Long axisId;

    @Column(name = "coalition_id")
    private Long coalitionId;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description")
    private String description;

    @Column(name = "website")
    private String website;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind")
    private ActorKind actorKind;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "email")
    private String email;

    @Column(name = "email_hash")
    private String emailHash;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "ip_hash")
    private String ipHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private SuggestionStatus status;

    @Column(name = "hidden", nullable = false)
    private boolean hidden;

    @Column(name = "erased", nullable = false)
    private boolean erased;

    @Column(name = "moderator_note")
    private String moderatorNote;

    @Column(name = "duplicate_of_id")
    private Long duplicateOfId;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "moderated_at")
    private java.time.OffsetDateTime moderatedAt;

    public Suggestion() {}

    public SuggestionKind getKind() {
        return kind;
    }

    public void setKind(SuggestionKind kind) {
        this.kind = kind;
    }

    public Long getAxisId() {
        return axisId;
    }

    public void setAxisId(Long axisId) {
        this.axisId = axisId;
    }

    public Long getCoalitionId() {
        return coalitionId;
    }

    public void setCoalitionId(Long coalitionId) {
        this.coalitionId = coalitionId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public ActorKind getActorKind() {
        return actorKind;
    }

    public void setActorKind(ActorKind actorKind) {
        this.actorKind = actorKind;
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

    public SuggestionStatus getStatus() {
        return status;
    }

    public void setStatus(SuggestionStatus status) {
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

    public String getModeratorNote() {
        return moderatorNote;
    }

    public void setModeratorNote(String moderatorNote) {
        this.moderatorNote = moderatorNote;
    }

    public Long getDuplicateOfId() {
        return duplicateOfId;
    }

    public void setDuplicateOfId(Long duplicateOfId) {
        this.duplicateOfId = duplicateOfId;
    }

    public Long getActorId() {
        return actorId;
    }

    public void setActorId(Long actorId) {
        this.actorId = actorId;
    }

    public java.time.OffsetDateTime getModeratedAt() {
        return moderatedAt;
    }

    public void setModeratedAt(java.time.OffsetDateTime moderatedAt) {
        this.moderatedAt = moderatedAt;
    }
}
