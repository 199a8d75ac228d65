package org.fabrique.toolbox;

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
import java.util.LinkedHashSet;
import java.util.Set;
import org.fabrique.common.i18n.Written;
import org.fabrique.common.persistence.AuditedEntity;
import org.fabrique.common.persistence.Slugged;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A shared resource of the toolbox: guide, toolkit, booklet, experience report, commons. */
@Entity
@Audited
@Table(name = "shared_resource")
public class SharedResource extends AuditedEntity implements Slugged, Written {
    /** The weighted tsvector kept by the database (V16): read by the lists' q filter, never loaded. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "search_vector", insertable = false, updatable = false)
    @NotAudited
    private String searchVector;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResourceKind kind;

    private String description;

    /** The language the texts are written in (common/i18n). */
    @Column(nullable = false)
    private String lang = "fr";

    private String url;

    private String licence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Availability availability;

    @Column(name = "publisher_actor_id")
    private Long publisherActorId;

    @Column(name = "territory_id")
    private Long territoryId;

    @Column(nullable = false)
    private boolean sample;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "shared_resource_coalition", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "coalition_id")
    private Set<Long> coalitionIds = new LinkedHashSet<>();

    protected SharedResource() {}

    public SharedResource(String slug) {
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

    public ResourceKind getKind() {
        return kind;
    }

    public void setKind(ResourceKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public Availability getAvailability() {
        return availability;
    }

    public void setAvailability(Availability availability) {
        this.availability = availability;
    }

    public Long getPublisherActorId() {
        return publisherActorId;
    }

    public void setPublisherActorId(Long publisherActorId) {
        this.publisherActorId = publisherActorId;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
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

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }
}
