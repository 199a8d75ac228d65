package org.fabrique.participation.suggestion;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.fabrique.actor.ActorKind;
import org.fabrique.participation.Contribution;
import org.fabrique.participation.ContributionKind;

/**
 * A missing subject or potential ally proposed for an axis or a coalition. The e-mail is for
 * moderation only. Erasure forgets the author; the suggestion (about the programme, not the
 * person) stays.
 */
@Entity
@Table(name = "suggestion")
@AttributeOverride(name = "moderatorNote", column = @Column(name = "moderator_note"))
public class Suggestion extends Contribution<SuggestionStatus> {
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private SuggestionKind kind;

    @Column(name = "axis_id")
    private Long axisId;

    @Column(name = "coalition_id")
    private Long coalitionId;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description")
    private String description;

    @Column(name = "website")
    private String website;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind")
    private ActorKind actorKind;

    @Column(name = "duplicate_of_id")
    private Long duplicateOfId;

    @Column(name = "actor_id")
    private Long actorId;

    protected Suggestion() {}

    /** A new suggestion for an axis or a coalition. */
    public Suggestion(
            SuggestionTarget target,
            SuggestionKind kind,
            String title,
            String description,
            String website,
            ActorKind actorKind) {
        if (target.kind() == SuggestionTarget.Kind.AXIS) {
            this.axisId = target.id();
        } else {
            this.coalitionId = target.id();
        }
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.website = website;
        this.actorKind = actorKind;
    }

    @Override
    public ContributionKind kind() {
        return ContributionKind.SUGGESTION;
    }

    public SuggestionKind getKind() {
        return kind;
    }

    public Long getAxisId() {
        return axisId;
    }

    public Long getCoalitionId() {
        return coalitionId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getWebsite() {
        return website;
    }

    public ActorKind getActorKind() {
        return actorKind;
    }

    public Long getDuplicateOfId() {
        return duplicateOfId;
    }

    public void setDuplicateOfId(Long duplicateOfId) {
        this.duplicateOfId = duplicateOfId;
    }

    public Long getActorId() {
        return actorId;
    }

    public void setActorId(Long actorId) {
        this.actorId = actorId;
    }
}
