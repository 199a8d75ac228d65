package org.fabrique.coalition;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queries over coalitions and the element collections (axes, keywords) they own. */
@ApplicationScoped
public class CoalitionRepository implements PanacheRepository<Coalition> {
    public Optional<Coalition> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Coalition> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<Coalition> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    public boolean numberTaken(int number) {
        return count("number", number) > 0;
    }

    public int maxNumber() {
        Integer max = getEntityManager()
                .createQuery("select max(c.number) from Coalition c", Integer.class)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    public List<Coalition> children(long parentId) {
        return list("parentId", Sort.by("number"), parentId);
    }

    /** Counts the coalitions matching a JPQL condition over alias {@code c}. */
    public long countWhere(String where, Map<String, Object> params) {
        TypedQuery<Long> query =
                getEntityManager().createQuery("select count(c) from Coalition c where " + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** One page of the coalitions matching a JPQL condition, in the given JPQL order. */
    public List<Coalition> pageWhere(String where, String orderBy, Map<String, Object> params, int offset, int limit) {
        TypedQuery<Coalition> query = getEntityManager()
                .createQuery("select c from Coalition c where " + where + " order by " + orderBy, Coalition.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Rows of (coalition id, axis id) for the given coalitions. */
    public List<Object[]> axisPairs(Collection<Long> coalitionIds) {
        if (coalitionIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery("select c.id, a from Coalition c join c.axisIds a where c.id in :ids", Object[].class)
                .setParameter("ids", coalitionIds)
                .getResultList();
    }

    /** Rows of (coalition id, keyword) for the given coalitions, keywords in alphabetical order. */
    public List<Object[]> keywordPairs(Collection<Long> coalitionIds) {
        if (coalitionIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "select c.id, k from Coalition c join c.keywords k where c.id in :ids order by k",
                        Object[].class)
                .setParameter("ids", coalitionIds)
                .getResultList();
    }

    /** Rows of (axis id, coalition) for the given axes, coalitions by number. */
    /**
     * (axis id, coalition id) pairs: for each axis its first {@code perAxis} coalitions by number,
     * in one windowed query (PostgreSQL and H2).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> firstByAxes(Collection<Long> axisIds, int perAxis) {
        if (axisIds.isEmpty() || perAxis <= 0) {
            return List.of();
        }
        return getEntityManager()
                .createNativeQuery("select axis_id, coalition_id from ("
                        + " select ca.axis_id, ca.coalition_id,"
                        + " row_number() over (partition by ca.axis_id order by c.number) as rn"
                        + " from coalition_axis ca join coalition c on c.id = ca.coalition_id"
                        + " where ca.axis_id in (:ids)) ranked"
                        + " where rn <= :perAxis order by axis_id, rn")
                .setParameter("ids", axisIds)
                .setParameter("perAxis", perAxis)
                .getResultList();
    }
}
