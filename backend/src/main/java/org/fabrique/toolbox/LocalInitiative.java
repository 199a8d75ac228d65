package org.fabrique.toolbox;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import org.fabrique.common.i18n.Written;
import org.fabrique.common.persistence.AuditedEntity;
import org.fabrique.common.persistence.Slugged;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A local initiative made visible in a territory, optionally tied to a coalition. */
@Entity
@Audited
@Table(name = "local_initiative")
public class LocalInitiative extends AuditedEntity implements Slugged, Written {
    /** The weighted tsvector kept by the database (V16): read by the lists' q filter, never loaded. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "search_vector", insertable = false, updatable = false)
    @NotAudited
    private String searchVector;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    private String description;

    /** The language the texts are written in (common/i18n). */
    @Column(nullable = false)
    private String lang = "fr";

    private String url;

    @Column(name = "territory_id", nullable = false)
    private Long territoryId;

    @Column(name = "coalition_id")
    private Long coalitionId;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(nullable = false)
    private boolean sample;

    protected LocalInitiative() {}

    public LocalInitiative(String slug) {
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

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }

    public Long getCoalitionId() {
        return coalitionId;
    }

    public void setCoalitionId(Long coalitionId) {
        this.coalitionId = coalitionId;
    }

    public Long getActorId() {
        return actorId;
    }

    public void setActorId(Long actorId) {
        this.actorId = actorId;
    }

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }
}
