package org.fabrique.coalition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.List;

/** Aggregates over coalitions (keyword clouds, counts per axis), in single grouped queries. */
@ApplicationScoped
public class CoalitionStatsRepository {
    private final EntityManager em;

    public CoalitionStatsRepository(EntityManager em) {
        this.em = em;
    }

    /** A keyword of an axis's coalitions and how many of them carry it. */
    public record AxisKeyword(long axisId, String keyword, long weight) {}

    /** How many coalitions an axis has. */
    public record AxisCount(long axisId, long count) {}

    /** The keywords of each axis's coalitions, heaviest first. */
    public List<AxisKeyword> keywordWeightsByAxis(Collection<Long> axisIds) {
        if (axisIds.isEmpty()) {
            return List.of();
        }
        return tuples(em.createNativeQuery(
                                "select ca.axis_id, ck.keyword, count(*) as weight from coalition_axis ca"
                                        + " join coalition_keyword ck on ck.coalition_id = ca.coalition_id"
                                        + " where ca.axis_id in (:ids)"
                                        + " group by ca.axis_id, ck.keyword"
                                        + " order by ca.axis_id, weight desc, ck.keyword",
                                Tuple.class)
                        .setParameter("ids", axisIds))
                .stream()
                .map(t -> new AxisKeyword(
                        t.get("axis_id", Number.class).longValue(),
                        t.get("keyword", String.class),
                        t.get("weight", Number.class).longValue()))
                .toList();
    }

    /** The number of coalitions of each axis. */
    public List<AxisCount> coalitionCountsByAxis(Collection<Long> axisIds) {
        if (axisIds.isEmpty()) {
            return List.of();
        }
        return tuples(em.createNativeQuery(
                                "select axis_id, count(*) as n from coalition_axis where axis_id in (:ids)"
                                        + " group by axis_id",
                                Tuple.class)
                        .setParameter("ids", axisIds))
                .stream()
                .map(t -> new AxisCount(
                        t.get("axis_id", Number.class).longValue(),
                        t.get("n", Number.class).longValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Tuple> tuples(jakarta.persistence.Query query) {
        return query.getResultList();
    }
}
