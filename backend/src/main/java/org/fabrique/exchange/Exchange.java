package org.fabrique.exchange;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.fabrique.common.persistence.AuditedEntity;
import org.fabrique.common.persistence.Slugged;

/** An exchange between territories on practices and experiences, about some coalitions. */
@Entity
@Table(name = "exchange")
public class Exchange extends AuditedEntity implements Slugged {
    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(nullable = false)
    private boolean sample;

    @ElementCollection
    @CollectionTable(name = "exchange_territory", joinColumns = @JoinColumn(name = "exchange_id"))
    @Column(name = "territory_id")
    private Set<Long> territoryIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "exchange_coalition", joinColumns = @JoinColumn(name = "exchange_id"))
    @Column(name = "coalition_id")
    private Set<Long> coalitionIds = new LinkedHashSet<>();

    protected Exchange() {}

    public Exchange(String slug) {
        this.slug = slug;
    }

    @Override
    public String getSlug() {
        return slug;
    }

    @Override
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

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }

    public Set<Long> getTerritoryIds() {
        return territoryIds;
    }

    public Set<Long> getCoalitionIds() {
        return coalitionIds;
    }
}
