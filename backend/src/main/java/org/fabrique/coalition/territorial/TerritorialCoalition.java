package org.fabrique.coalition.territorial;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.fabrique.coalition.Coalition;
import org.fabrique.common.persistence.AuditedEntity;

/** The local declension of a coalition in a territory (e.g. MEL piloting a priority coalition). */
@Entity
@Table(name = "territorial_coalition")
public class TerritorialCoalition extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coalition_id")
    private Coalition coalition;

    @Column(name = "territory_id", nullable = false)
    private Long territoryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Positioning positioning;

    @Column(nullable = false)
    private boolean priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TerritorialStatus status;

    private String commitments;

    @Column(nullable = false)
    private boolean sample;

    @ElementCollection
    @CollectionTable(name = "territorial_partner", joinColumns = @JoinColumn(name = "territorial_coalition_id"))
    @OrderColumn(name = "position")
    private List<TerritorialPartner> partners = new ArrayList<>();

    protected TerritorialCoalition() {}

    public TerritorialCoalition(Coalition coalition, Long territoryId) {
        this.coalition = coalition;
        this.territoryId = territoryId;
    }

    public Coalition getCoalition() {
        return coalition;
    }

    public void setCoalition(Coalition coalition) {
        this.coalition = coalition;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }

    public Positioning getPositioning() {
        return positioning;
    }

    public void setPositioning(Positioning positioning) {
        this.positioning = positioning;
    }

    public boolean isPriority() {
        return priority;
    }

    public void setPriority(boolean priority) {
        this.priority = priority;
    }

    public TerritorialStatus getStatus() {
        return status;
    }

    public void setStatus(TerritorialStatus status) {
        this.status = status;
    }

    public String getCommitments() {
        return commitments;
    }

    public void setCommitments(String commitments) {
        this.commitments = commitments;
    }

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }

    public List<TerritorialPartner> getPartners() {
        return partners;
    }
}
