package org.fabrique.participation.report;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.fabrique.participation.ContributionKind;

/** Reports of comments and suggestions (each names its contribution in the column of its kind). */
@ApplicationScoped
public class ReportRepository implements PanacheRepository<ContentReport> {
    public boolean exists(ContributionKind kind, long id, String reporterKey) {
        return count(kind.reference() + " = ?1 and reporterKey = ?2", id, reporterKey) > 0;
    }

    public long openReporters(ContributionKind kind, long id) {
        return count(kind.reference() + " = ?1 and resolved = false", id);
    }

    /** The open reports of these contributions, oldest first (one query). */
    public List<ReportRow> openOf(ContributionKind kind, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String ref = "r." + kind.reference();
        return getEntityManager()
                .createQuery(
                        "select new " + ReportRow.class.getName() + "(" + ref
                                + ", r.reason, r.detail, r.createdAt) from ContentReport r where " + ref
                                + " in :ids and r.resolved = false order by r.id",
                        ReportRow.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public void resolve(ContributionKind kind, Collection<Long> ids) {
        if (!ids.isEmpty()) {
            update("resolved = true where " + kind.reference() + " in ?1 and resolved = false", ids);
        }
    }
}
