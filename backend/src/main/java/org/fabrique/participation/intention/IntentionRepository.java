package org.fabrique.participation.intention;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.ListQuery;
import org.fabrique.participation.ContributionKind;
import org.fabrique.participation.ContributionRepository;
import org.fabrique.participation.ModerationQueue;

/** Proposed coalitions; only the editors read them, by status, oldest first. */
@ApplicationScoped
public class IntentionRepository extends ContributionRepository<Intention, IntentionStatus>
        implements PanacheRepository<Intention> {
    public IntentionRepository() {
        super(Intention.class, ContributionKind.INTENTION, IntentionStatus.ACCEPTED);
    }

    @Override
    protected Scope scope(Intention intention) {
        return new Scope("axisId", intention.getAxisId());
    }

    @Override
    protected IntentionStatus queueStatus(ModerationQueue queue) {
        return switch (queue) {
            case PENDING -> IntentionStatus.PENDING;
            case SPAM -> IntentionStatus.SPAM;
            // Intentions are never public, so never reported: the editors' list has no such queue.
            case REPORTED -> throw new UnsupportedOperationException("intentions are not reported");
        };
    }

    private static ListQuery withStatus(IntentionStatus status) {
        return ListQuery.over(Intention.class, "i").and("i.status = :status", "status", status);
    }

    /** A page of the intentions in a status (oldest first unless the page asks otherwise). */
    public List<Intention> withStatus(IntentionStatus status, PageRequest page) {
        String order = page.descending() ? " desc" : "";
        return withStatus(status)
                .rows(getEntityManager(), "i", Intention.class, "i.createdAt" + order + ", i.id" + order, page);
    }

    public long countWithStatus(IntentionStatus status) {
        return withStatus(status).count(getEntityManager());
    }
}
