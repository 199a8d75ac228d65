package org.fabrique.coalition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;

/** One change of a coalition's stage, written by the database (migration V40), read here. */
@Entity
@Immutable
@Table(name = "coalition_stage_change")
public class CoalitionStageChange {
    @Id
    private Long id;

    @Column(name = "coalition_id", nullable = false)
    private Long coalitionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    @Column(name = "reached_at", nullable = false)
    private OffsetDateTime reachedAt;

    protected CoalitionStageChange() {}

    public Long getCoalitionId() {
        return coalitionId;
    }

    public Stage getStage() {
        return stage;
    }

    public OffsetDateTime getReachedAt() {
        return reachedAt;
    }
}
