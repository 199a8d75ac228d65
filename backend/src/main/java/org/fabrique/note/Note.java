package org.fabrique.note;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.fabrique.common.i18n.Written;
import org.fabrique.common.persistence.AuditedEntity;
import org.fabrique.common.persistence.Slugged;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** Event notes and articles: Markdown source and its sanitised HTML rendering. */
@Entity
@Audited
@Table(name = "note")
public class Note extends AuditedEntity implements Slugged, Written {
    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;

    @Column(name = "body_html", nullable = false)
    @NotAudited
    private String bodyHtml;

    private String excerpt;

    /** The language the texts are written in (their translations: common/i18n). */
    @jakarta.persistence.Column(nullable = false)
    private String lang = "fr";

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    @Column(name = "event_id")
    private Long eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoteStatus status;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "comments_open", nullable = false)
    private boolean commentsOpen;

    @Column(nullable = false)
    private boolean sample;

    /** The weighted tsvector kept by the database (V16): read by the lists' q filter, never loaded. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "search_vector", insertable = false, updatable = false)
    @NotAudited
    private String searchVector;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "note_coalition", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "coalition_id")
    private Set<Long> coalitionIds = new LinkedHashSet<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "note_axis", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "axis_id")
    private Set<Long> axisIds = new LinkedHashSet<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "note_territory", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "territory_id")
    private Set<Long> territoryIds = new LinkedHashSet<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "note_author", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "person_id")
    private Set<Long> authorIds = new LinkedHashSet<>();

    protected Note() {}

    public Note(String slug) {
        this.slug = slug;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public void setBodyMarkdown(String bodyMarkdown) {
        this.bodyMarkdown = bodyMarkdown;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public void setExcerpt(String excerpt) {
        this.excerpt = excerpt;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public NoteStatus getStatus() {
        return status;
    }

    public void setStatus(NoteStatus status) {
        this.status = status;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(OffsetDateTime publishedAt) {
        this.publishedAt = publishedAt;
    }

    public boolean isCommentsOpen() {
        return commentsOpen;
    }

    public void setCommentsOpen(boolean commentsOpen) {
        this.commentsOpen = commentsOpen;
    }

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }

    public Set<Long> getCoalitionIds() {
        return coalitionIds;
    }

    public Set<Long> getAxisIds() {
        return axisIds;
    }

    public Set<Long> getTerritoryIds() {
        return territoryIds;
    }

    public Set<Long> getAuthorIds() {
        return authorIds;
    }
}
