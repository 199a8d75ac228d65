package org.fabrique.actor;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.fabrique.common.persistence.AuditedEntity;
import org.fabrique.common.persistence.CommittedWrites;
import org.fabrique.common.text.TextNormalizer;

/** An organisation or an individual expert that can join coalitions. */
@Entity
@Table(name = "actor")
@EntityListeners(CommittedWrites.Listener.class)
public class Actor extends AuditedEntity {
    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActorKind kind;

    private String description;

    private String website;

    @Column(name = "territory_id")
    private Long territoryId;

    @Column(nullable = false)
    private boolean sample;

    @Column(name = "search_title", nullable = false)
    private String searchTitle;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @ElementCollection
    @CollectionTable(name = "actor_expertise", joinColumns = @JoinColumn(name = "actor_id"))
    @Column(name = "keyword")
    private Set<String> expertise = new LinkedHashSet<>();

    protected Actor() {}

    public Actor(String slug) {
        this.slug = slug;
    }

    @Override
    protected void beforeSave() {
        searchTitle = TextNormalizer.foldAll(400, name);
        searchText = TextNormalizer.foldAll(8000, name, description, String.join(" ", expertise));
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

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }

    public String getSearchTitle() {
        return searchTitle;
    }

    public void setSearchTitle(String searchTitle) {
        this.searchTitle = searchTitle;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public Set<String> getExpertise() {
        return expertise;
    }
}
