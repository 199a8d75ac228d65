package org.fabrique.event;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fabrique.common.i18n.Written;
import org.fabrique.common.persistence.AuditedEntity;
import org.fabrique.common.persistence.Slugged;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A Reset Day, conference, workshop, territorial exchange or partners meeting, with its agenda. */
@Entity
@Audited
@Table(name = "event")
public class Event extends AuditedEntity implements Slugged, Written {
    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventKind kind;

    private String description;

    /** The language the texts are written in (their translations: common/i18n). */
    @jakarta.persistence.Column(nullable = false)
    private String lang = "fr";

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventFormat format;

    private String location;

    @Column(name = "participants_count")
    private Integer participantsCount;

    @Column(name = "participants_approximate", nullable = false)
    private boolean participantsApproximate;

    @Column(name = "organised_with_partners", nullable = false)
    private boolean organisedWithPartners;

    @Column(nullable = false)
    private boolean sample;

    /** The weighted tsvector kept by the database (V16): read by the lists' q filter, never loaded. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "search_vector", insertable = false, updatable = false)
    @NotAudited
    private String searchVector;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "event_organiser", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "actor_id")
    private Set<Long> organiserIds = new LinkedHashSet<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "event_coalition", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "coalition_id")
    private Set<Long> coalitionIds = new LinkedHashSet<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "event_territory", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "territory_id")
    private Set<Long> territoryIds = new LinkedHashSet<>();

    @NotAudited
    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<EventSession> sessions = new ArrayList<>();

    protected Event() {}

    public Event(String slug) {
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

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(OffsetDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(OffsetDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public EventFormat getFormat() {
        return format;
    }

    public void setFormat(EventFormat format) {
        this.format = format;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Integer getParticipantsCount() {
        return participantsCount;
    }

    public void setParticipantsCount(Integer participantsCount) {
        this.participantsCount = participantsCount;
    }

    public boolean isParticipantsApproximate() {
        return participantsApproximate;
    }

    public void setParticipantsApproximate(boolean participantsApproximate) {
        this.participantsApproximate = participantsApproximate;
    }

    public boolean isOrganisedWithPartners() {
        return organisedWithPartners;
    }

    public void setOrganisedWithPartners(boolean organisedWithPartners) {
        this.organisedWithPartners = organisedWithPartners;
    }

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }

    public Set<Long> getOrganiserIds() {
        return organiserIds;
    }

    public Set<Long> getCoalitionIds() {
        return coalitionIds;
    }

    public Set<Long> getTerritoryIds() {
        return territoryIds;
    }

    public List<EventSession> getSessions() {
        return sessions;
    }
}
