package org.fabrique.participation.submission;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.fabrique.participation.ContributionKind;

/** Stored anti-spam decisions. */
@ApplicationScoped
public class SpamDecisionRepository implements PanacheRepository<SpamDecision> {
    /** The decisions on these contributions, in order (one query). */
    public List<SpamDecisionRow> of(ContributionKind kind, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String ref = "d." + kind.reference();
        return getEntityManager()
                .createQuery(
                        "select new " + SpamDecisionRow.class.getName() + "(" + ref
                                + ", d.rule, d.verdict, d.score, d.reason, d.decidedAt) from SpamDecision d where "
                                + ref + " in :ids order by d.id",
                        SpamDecisionRow.class)
                .setParameter("ids", ids)
                .getResultList();
    }
}
