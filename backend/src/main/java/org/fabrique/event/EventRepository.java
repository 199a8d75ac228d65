package org.fabrique.event;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.search.SearchTerms;

@ApplicationScoped
public class EventRepository implements PanacheRepository<Event> {
    private static final Map<String, String> SORTS =
            Map.of("startsAt", "e.startsAt", "title", "function('fabrique_fold', e.title)");

    public Optional<Event> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Event> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<Event> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    /** One page of events matching the criteria, in the requested order. */
    public List<Event> page(EventCriteria criteria, PageRequest request) {
        Map<String, Object> params = new HashMap<>();
        String where = where(criteria, params);
        String direction = request.descending() ? " desc" : " asc";
        String jpql = "select e from Event e" + where + " order by " + SORTS.get(request.sort()) + direction + ", e.id"
                + direction;
        TypedQuery<Event> query = getEntityManager().createQuery(jpql, Event.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
    }

    public long count(EventCriteria criteria) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query =
                getEntityManager().createQuery("select count(e) from Event e" + where(criteria, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(EventCriteria c, Map<String, Object> params) {
        StringBuilder sb = new StringBuilder(" where 1 = 1");
        if (c.from() != null) {
            sb.append(" and e.endsAt >= :from");
            params.put("from", c.from());
        }
        if (c.to() != null) {
            sb.append(" and e.startsAt <= :to");
            params.put("to", c.to());
        }
        if (c.kind() != null) {
            sb.append(" and e.kind = :kind");
            params.put("kind", c.kind());
        }
        if (c.coalitionId() != null) {
            sb.append(" and e.id in (select e2.id from Event e2 join e2.coalitionIds c2 where c2 = :coalition)");
            params.put("coalition", c.coalitionId());
        }
        if (c.territoryIds() != null) {
            if (c.territoryIds().isEmpty()) {
                sb.append(" and 1 = 0");
            } else {
                sb.append(" and e.id in (select e3.id from Event e3 join e3.territoryIds t3 where t3 in :territories)");
                params.put("territories", c.territoryIds());
            }
        }
        if (c.endsAtOrAfter() != null) {
            sb.append(" and e.endsAt >= :endsAtOrAfter");
            params.put("endsAtOrAfter", c.endsAtOrAfter());
        }
        if (c.endsBefore() != null) {
            sb.append(" and e.endsAt < :endsBefore");
            params.put("endsBefore", c.endsBefore());
        }
        if (c.terms() != null && SearchTerms.bind(params, String.join(" ", c.terms()))) {
            sb.append(" and ").append(SearchTerms.matches("e", "title"));
        }
        return sb.toString();
    }
}
