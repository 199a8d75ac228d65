package org.fabrique.note;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.search.SearchTerms;

@ApplicationScoped
public class NoteRepository implements PanacheRepository<Note> {
    public Optional<Note> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** One page of notes matching the criteria, in the requested order. */
    public List<Note> page(NoteCriteria criteria, PageRequest request) {
        Map<String, Object> params = new HashMap<>();
        String where = where(criteria, params);
        String direction = request.descending() ? " desc" : " asc";
        String order = request.sort().equals("title")
                ? "function('fabrique_fold', n.title)" + direction
                : "n.publishedAt" + direction + " nulls last";
        TypedQuery<Note> query = getEntityManager()
                .createQuery("select n from Note n" + where + " order by " + order + ", n.id" + direction, Note.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
    }

    public long count(NoteCriteria criteria) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query =
                getEntityManager().createQuery("select count(n) from Note n" + where(criteria, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public long countPublished() {
        return count("status", NoteStatus.PUBLISHED);
    }

    private static String where(NoteCriteria c, Map<String, Object> params) {
        StringBuilder sb = new StringBuilder(" where n.status in :statuses");
        params.put("statuses", c.statuses());
        if (c.eventId() != null) {
            sb.append(" and n.eventId = :event");
            params.put("event", c.eventId());
        }
        if (c.coalitionId() != null) {
            sb.append(" and n.id in (select n2.id from Note n2 join n2.coalitionIds c2 where c2 = :coalition)");
            params.put("coalition", c.coalitionId());
        }
        if (c.axisId() != null) {
            sb.append(" and n.id in (select n3.id from Note n3 join n3.axisIds a3 where a3 = :axis)");
            params.put("axis", c.axisId());
        }
        if (c.territoryIds() != null) {
            sb.append(" and n.id in (select n4.id from Note n4 join n4.territoryIds t4 where t4 in :territories)");
            params.put("territories", c.territoryIds());
        }
        if (c.terms() != null && SearchTerms.bind(params, String.join(" ", c.terms()))) {
            sb.append(" and ").append(SearchTerms.matches("n", "title"));
        }
        return sb.toString();
    }
}
