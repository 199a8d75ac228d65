package org.fabrique.coalition.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One recorded change of an engagement (append-only). */
@Entity
@Table(name = "membership_event")
public class MembershipEvent {
    /** What happened to the engagement. */
    public enum Action {
        PROPOSED,
        ADDED,
        CHANGED,
        CONFIRMED,
        DECLINED,
        WITHDRAWN,
        REMOVED,
        /** The coordinators invited the actor. */
        INVITED,
        /** The actor's people accepted an invitation (the engagement is confirmed). */
        ACCEPTED,
        /** The actor's people refused an invitation. */
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "coalition_id", nullable = false)
    private Long coalitionId;

    @Column(name = "actor_id", nullable = false)
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    private MembershipRole role;

    @Enumerated(EnumType.STRING)
    private MembershipStatus status;

    private String commitment;

    private String note;

    @Column(name = "by_account_id")
    private Long byAccountId;

    @Column(nullable = false)
    private OffsetDateTime at;

    protected MembershipEvent() {}

    MembershipEvent(Membership m, Action action, String note, Long byAccountId, OffsetDateTime at) {
        this.coalitionId = m.getCoalition().getId();
        this.actorId = m.getActorId();
        this.action = action;
        this.role = m.getRole();
        this.status = m.getStatus();
        this.commitment = m.getCommitment();
        this.note = note;
        this.byAccountId = byAccountId;
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public Action getAction() {
        return action;
    }

    public MembershipRole getRole() {
        return role;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public String getCommitment() {
        return commitment;
    }

    public String getNote() {
        return note;
    }

    public Long getByAccountId() {
        return byAccountId;
    }

    public OffsetDateTime getAt() {
        return at;
    }
}
