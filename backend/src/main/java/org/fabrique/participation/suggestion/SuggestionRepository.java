package org.fabrique.participation.suggestion;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.ListQuery;
import org.fabrique.participation.ContributionKind;
import org.fabrique.participation.ContributionRepository;
import org.fabrique.participation.ModerationQueue;

/** Suggestions; public reads see accepted, not hidden suggestions only. */
@ApplicationScoped
public class SuggestionRepository extends ContributionRepository<Suggestion, SuggestionStatus>
        implements PanacheRepository<Suggestion> {
    public SuggestionRepository() {
        super(Suggestion.class, ContributionKind.SUGGESTION, SuggestionStatus.ACCEPTED);
    }

    @Override
    protected Scope scope(Suggestion suggestion) {
        return suggestion.getAxisId() != null
                ? new Scope("axisId", suggestion.getAxisId())
                : new Scope("coalitionId", suggestion.getCoalitionId());
    }

    @Override
    protected SuggestionStatus queueStatus(ModerationQueue queue) {
        return switch (queue) {
            case PENDING -> SuggestionStatus.PENDING;
            case SPAM, REPORTED -> SuggestionStatus.SPAM;
        };
    }

    private static ListQuery visible(SuggestionTarget target) {
        return ListQuery.over(Suggestion.class, "s")
                .and(
                        target.kind() == SuggestionTarget.Kind.AXIS ? "s.axisId = :target" : "s.coalitionId = :target",
                        "target",
                        target.id())
                .and("s.status = :status", "status", SuggestionStatus.ACCEPTED)
                .andIf(true, "s.hidden = false");
    }

    /** A page of the accepted suggestions of an axis or a coalition. */
    public List<Suggestion> visible(SuggestionTarget target, PageRequest page) {
        return visible(target)
                .rows(
                        getEntityManager(),
                        "s",
                        Suggestion.class,
                        "s.createdAt " + (page.descending() ? "desc" : "asc") + ", s.id",
                        page);
    }

    public long countVisible(SuggestionTarget target) {
        return visible(target).count(getEntityManager());
    }

    public List<Suggestion> visibleOfAxes(Collection<Long> axisIds) {
        return axisIds.isEmpty()
                ? List.of()
                : list(
                        "axisId in ?1 and status = ?2 and hidden = false order by createdAt, id",
                        axisIds,
                        SuggestionStatus.ACCEPTED);
    }

    /** Accepted, visible potential allies of the coalitions that name an actor. */
    public List<Suggestion> acceptedActorAlliesOf(Collection<Long> coalitionIds) {
        return coalitionIds.isEmpty()
                ? List.of()
                : list(
                        "coalitionId in ?1 and kind = ?2 and status = ?3 and hidden = false and actorId is not null"
                                + " order by createdAt, id",
                        coalitionIds,
                        SuggestionKind.POTENTIAL_ALLY,
                        SuggestionStatus.ACCEPTED);
    }
}
