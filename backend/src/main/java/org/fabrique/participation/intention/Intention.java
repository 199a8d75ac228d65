package org.fabrique.participation.intention;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fabrique.participation.Contribution;
import org.fabrique.participation.ContributionKind;

/**
 * A coalition someone proposes: its intention, the problems it would face, the kinds of allies it
 * seeks and its axes. Not public: the editors read it and decide. The e-mail serves to tell the
 * proposer what was decided (and moderation); erasure forgets the author.
 */
@Entity
@Table(name = "intention")
@AttributeOverride(name = "moderatorNote", column = @Column(name = "moderator_note"))
public class Intention extends Contribution<IntentionStatus> {
    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description")
    private String description;

    /** The first axis named: duplicates are looked for among the proposals of this axis. */
    @Column(name = "axis_id", nullable = false)
    private Long axisId;

    @Column(name = "lang", nullable = false)
    private String lang = "fr";

    @ElementCollection
    @CollectionTable(name = "intention_axis", joinColumns = @JoinColumn(name = "intention_id"))
    @Column(name = "axis_id", nullable = false)
    private Set<Long> axisIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "intention_problem", joinColumns = @JoinColumn(name = "intention_id"))
    @OrderColumn(name = "position")
    @Column(name = "title", nullable = false)
    private List<String> problems = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "intention_ally", joinColumns = @JoinColumn(name = "intention_id"))
    @OrderColumn(name = "position")
    @Column(name = "kind", nullable = false)
    private List<String> allyKinds = new ArrayList<>();

    @Column(name = "decided_by_account_id")
    private Long decidedByAccountId;

    /** The coalition made of it (accepted) or that it joined (merged). */
    @Column(name = "coalition_id")
    private Long coalitionId;

    protected Intention() {}

    public Intention(
            String title,
            String description,
            List<Long> axisIds,
            List<String> problems,
            List<String> allyKinds,
            String lang) {
        this.title = title;
        this.description = description;
        this.axisId = axisIds.get(0);
        this.axisIds.addAll(axisIds);
        this.problems.addAll(problems);
        this.allyKinds.addAll(allyKinds);
        this.lang = lang;
    }

    @Override
    public ContributionKind kind() {
        return ContributionKind.INTENTION;
    }

    /** Records the editors' decision (the status, the note, the coalition concerned). */
    public void decide(
            IntentionStatus status, String note, Long byAccountId, Long coalitionId, java.time.OffsetDateTime at) {
        decide(status, note, at);
        this.decidedByAccountId = byAccountId;
        this.coalitionId = coalitionId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Long getAxisId() {
        return axisId;
    }

    public String getLang() {
        return lang;
    }

    public Set<Long> getAxisIds() {
        return axisIds;
    }

    public List<String> getProblems() {
        return problems;
    }

    public List<String> getAllyKinds() {
        return allyKinds;
    }

    public Long getDecidedByAccountId() {
        return decidedByAccountId;
    }

    public Long getCoalitionId() {
        return coalitionId;
    }
}
