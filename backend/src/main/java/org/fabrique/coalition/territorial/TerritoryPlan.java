package org.fabrique.coalition.territorial;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/** A planning document or the main strategy of a territory, and the territorial coalitions it carries. */
@Entity
@Table(name = "territory_plan")
public class TerritoryPlan {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "territory_id", nullable = false)
    private long territoryId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanKind kind;

    @Column(nullable = false)
    private String title;

    private String url;

    @Column(nullable = false)
    private boolean sample;

    @ElementCollection
    @CollectionTable(name = "territory_plan_coalition", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "coalition_id")
    private Set<Long> coalitionIds = new LinkedHashSet<>();

    protected TerritoryPlan() {}

    public TerritoryPlan(long territoryId, int position, PlanKind kind, String title, String url, boolean sample) {
        this.territoryId = territoryId;
        this.position = position;
        this.kind = kind;
        this.title = title;
        this.url = url;
        this.sample = sample;
    }

    public Long getId() {
        return id;
    }

    public long getTerritoryId() {
        return territoryId;
    }

    public int getPosition() {
        return position;
    }

    public PlanKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public boolean isSample() {
        return sample;
    }

    public Set<Long> getCoalitionIds() {
        return coalitionIds;
    }
}
