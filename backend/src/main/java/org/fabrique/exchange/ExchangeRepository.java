package org.fabrique.exchange;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Queries on exchanges and their reports. */
@ApplicationScoped
public class ExchangeRepository implements PanacheRepository<Exchange> {
    /**
     * Exchanges in which one of the territories takes part (null: any) and about the coalition
     * (null: any), by title.
     */
    List<Exchange> matching(Collection<Long> territoryIds, Long coalitionId) {
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new HashMap<>();
        if (territoryIds != null) {
            where.append(
                    " and exists (select 1 from Exchange x join x.territoryIds t where x = e and t in :territories)");
            params.put("territories", territoryIds.isEmpty() ? List.of(-1L) : territoryIds);
        }
        if (coalitionId != null) {
            where.append(" and :coalition member of e.coalitionIds");
            params.put("coalition", coalitionId);
        }
        TypedQuery<Exchange> query = getEntityManager()
                .createQuery("select e from Exchange e where " + where + " order by e.title, e.id", Exchange.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The reports of these exchanges, by exchange, territory, date (newest first), id. */
    List<ExperienceReport> reportsOf(Collection<Long> exchangeIds) {
        if (exchangeIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "select r from ExperienceReport r join fetch r.exchange where r.exchange.id in :ids"
                                + " order by r.exchange.id, r.territoryId, r.reportedOn desc nulls last, r.id",
                        ExperienceReport.class)
                .setParameter("ids", exchangeIds)
                .getResultList();
    }

    /** The reports on a coalition, whatever the exchange, by territory, date (newest first), id. */
    List<ExperienceReport> reportsOnCoalition(long coalitionId) {
        return getEntityManager()
                .createQuery(
                        "select r from ExperienceReport r join fetch r.exchange where r.coalitionId = :coalition"
                                + " order by r.territoryId, r.reportedOn desc nulls last, r.id",
                        ExperienceReport.class)
                .setParameter("coalition", coalitionId)
                .getResultList();
    }

    /** The number of reports of each exchange given. */
    Map<Long, Integer> reportCounts(Collection<Long> exchangeIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (exchangeIds.isEmpty()) {
            return counts;
        }
        getEntityManager()
                .createQuery(
                        "select new org.fabrique.exchange.ExchangeRepository$CountRow(r.exchange.id, count(r))"
                                + " from ExperienceReport r where r.exchange.id in :ids group by r.exchange.id",
                        CountRow.class)
                .setParameter("ids", exchangeIds)
                .getResultList()
                .forEach(row -> counts.put(row.exchangeId(), (int) row.count()));
        return counts;
    }

    /** The number of reports of an exchange. */
    public record CountRow(long exchangeId, long count) {}

    ExperienceReport report(long id) {
        return getEntityManager().find(ExperienceReport.class, id);
    }

    void persistReport(ExperienceReport report) {
        getEntityManager().persist(report);
    }

    void deleteReport(ExperienceReport report) {
        getEntityManager().remove(report);
    }
}
