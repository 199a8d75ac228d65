package org.fabrique.coalition.territorial;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A national or territorial partner of a territorial coalition; an actor or just a label. */
@Embeddable
public class TerritorialPartner {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnerScope scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnerStatus status;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(nullable = false)
    private String label;

    protected TerritorialPartner() {}

    public TerritorialPartner(PartnerScope scope, PartnerStatus status, Long actorId, String label) {
        this.scope = scope;
        this.status = status;
        this.actorId = actorId;
        this.label = label;
    }

    public PartnerScope getScope() {
        return scope;
    }

    public void setScope(PartnerScope scope) {
        this.scope = scope;
    }

    public PartnerStatus getStatus() {
        return status;
    }

    public void setStatus(PartnerStatus status) {
        this.status = status;
    }

    public Long getActorId() {
        return actorId;
    }

    public void setActorId(Long actorId) {
        this.actorId = actorId;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
