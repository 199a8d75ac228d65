package org.fabrique.actor;

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

/** An organisation or an individual expert that can join coalitions. */
@Entity
@Audited
@Table(name = "actor")
public class Actor extends AuditedEntity implements Slugged, Written {
    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActorKind kind;

    private String description;

    /** The language the texts are written in (common/i18n). */
    @Column(nullable = false)
    private String lang = "fr";

    private String website;

    @Column(name = "territory_id")
    private Long territoryId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private boolean sample;

    /** The weighted tsvector kept by the database (V16): read by the lists' q filter, never loaded. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "search_vector", insertable = false, updatable = false)
    @NotAudited
    private String searchVector;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "actor_expertise", joinColumns = @JoinColumn(name = "actor_id"))
    @Column(name = "keyword")
    private Set<String> expertise = new LinkedHashSet<>();

    protected Actor() {}

    public Actor(String slug) {
        this.slug = slug;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ActorKind getKind() {
        return kind;
    }

    public void setKind(ActorKind kind) {
        this.kind = kind;
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

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }

    /** The actor this one is a sub-unit of (a local authority's directorate), or null. */
    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }

    public Set<String> getExpertise() {
        return expertise;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }
}
