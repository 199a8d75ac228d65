package org.fabrique.participation.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.fabrique.participation.Contribution;
import org.fabrique.participation.ContributionKind;

/** A public comment on a note or a coalition (one level of replies). The e-mail is for moderation only. */
@Entity
@Table(name = "comment")
public class Comment extends Contribution<CommentStatus> {
    public static final String ERASED_BODY = "<em>comment erased</em>";

    @Column(name = "note_id")
    private Long noteId;

    @Column(name = "coalition_id")
    private Long coalitionId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "website")
    private String website;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    protected Comment() {}

    /** A new comment on a page, answering {@code parentId} (or not), with its sanitised body. */
    public Comment(CommentTarget target, Long parentId, String website, String bodyHtml) {
        if (target.kind() == CommentTarget.Kind.NOTE) {
            this.noteId = target.id();
        } else {
            this.coalitionId = target.id();
        }
        this.parentId = parentId;
        this.website = website;
        this.bodyHtml = bodyHtml;
    }

    @Override
    public ContributionKind kind() {
        return ContributionKind.COMMENT;
    }

    /** Erased comments stay in their thread (replies kept) with a neutral marker as body. */
    @Override
    public void erase() {
        super.erase();
        this.website = null;
        this.bodyHtml = ERASED_BODY;
    }

    @Override
    public void anonymise() {
        super.anonymise();
        this.website = null;
    }

    /** True when it was posted on this page. */
    public boolean isOn(CommentTarget target) {
        Long id = target.kind() == CommentTarget.Kind.NOTE ? noteId : coalitionId;
        return id != null && id == target.id();
    }

    public Long getNoteId() {
        return noteId;
    }

    public Long getCoalitionId() {
        return coalitionId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getWebsite() {
        return website;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }
}
