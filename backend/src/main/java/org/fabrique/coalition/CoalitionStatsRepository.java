package org.fabrique.coalition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;

/** Aggregates over coalitions (keyword clouds, counts per axis), in single grouped queries. */
@ApplicationScoped
public class CoalitionStatsRepository {
    private final EntityManager em;

    public CoalitionStatsRepository(EntityManager em) {
        this.em = em;
    }

    /** Rows of (axis id, keyword, coalition count), heaviest first. */
    @SuppressWarnings("unchecked")
    public List<Object[]> keywordWeightsByAxis(Collection<Long> axisIds) {
        if (axisIds.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("select ca.axis_id, ck.keyword, count(*) as weight from coalition_axis ca"
                        + " join coalition_keyword ck on ck.coalition_id = ca.coalition_id"
                        + " where ca.axis_id in (:ids)"
                        + " group by ca.axis_id, ck.keyword"
                        + " order by ca.axis_id, weight desc, ck.keyword")
                .setParameter("ids", axisIds)
                .getResultList();
    }

    /** Rows of (axis id, coalition count). */
    @SuppressWarnings("unchecked")
    public List<Object[]> coalitionCountsByAxis(Collection<Long> axisIds) {
        if (axisIds.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery(
                        "select axis_id, count(*) from coalition_axis where axis_id in (:ids) group by axis_id")
                .setParameter("ids", axisIds)
                .getResultList();
    }
}
