package org.fabrique.participation;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import org.fabrique.common.persistence.AuditedEntity;

/**
 * What comments and suggestions share: who sent it (an account, or a name and an e-mail kept for
 * moderation only, with its keyed hash), the keyed hashes of the client address and of the text,
 * the moderation status, hidden after reports, erased on request, and the moderator's last word.
 *
 * @param <S> the statuses of this kind of contribution
 */
@MappedSuperclass
public abstract class Contribution<S extends Enum<S>> extends AuditedEntity {
    public static final String ERASED_NAME = "anonymous";

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
    private S status;

    @Column(name = "hidden", nullable = false)
    private boolean hidden;

    @Column(name = "erased", nullable = false)
    private boolean erased;

    /** The moderator's reason or note ({@code moderation_reason}; suggestions override the column). */
    @Column(name = "moderation_reason")
    private String moderatorNote;

    @Column(name = "moderated_at")
    private OffsetDateTime moderatedAt;

    protected Contribution() {}

    /** Which kind of contribution this is (where its reports and spam decisions point). */
    public abstract ContributionKind kind();

    /** Records who sent it and the keyed hashes of their address and of the text. */
    public void sign(Author author, String ipHash, String contentHash) {
        this.accountId = author.accountId();
        this.authorName = author.name();
        this.email = author.email();
        this.emailHash = author.emailHash();
        this.ipHash = ipHash;
        this.contentHash = contentHash;
    }

    /** A moderator's decision: the status, shown again if it was hidden, the note (blank: none). */
    public void decide(S status, String note, OffsetDateTime at) {
        this.status = status;
        this.hidden = false;
        this.moderatorNote = note == null || note.isBlank() ? null : note.trim();
        this.moderatedAt = at;
    }

    /** Hidden after enough distinct reporters, until a moderator decides. */
    public void hide() {
        this.hidden = true;
    }

    /** The author is forgotten: no name, e-mail, account or hashes are left. */
    public void erase() {
        this.erased = true;
        this.authorName = ERASED_NAME;
        this.email = null;
        this.emailHash = null;
        this.ipHash = null;
        this.contentHash = null;
        this.accountId = null;
    }

    /**
     * The author's account was deleted: the text stays, nothing of the author does (no name,
     * e-mail, account or hashes); unlike {@link #erase()} it is not marked erased.
     */
    public void anonymise() {
        this.authorName = ERASED_NAME;
        this.email = null;
        this.emailHash = null;
        this.ipHash = null;
        this.accountId = null;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getEmail() {
        return email;
    }

    public String getEmailHash() {
        return emailHash;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getIpHash() {
        return ipHash;
    }

    public S getStatus() {
        return status;
    }

    public void setStatus(S status) {
        this.status = status;
    }

    public boolean isHidden() {
        return hidden;
    }

    public boolean isErased() {
        return erased;
    }

    public String getModeratorNote() {
        return moderatorNote;
    }

    public OffsetDateTime getModeratedAt() {
        return moderatedAt;
    }
}
