package org.fabrique.note;

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
                ? "n.searchTitle" + direction
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

    /**
     * What the search index needs of these notes, one row each: id, updatedAt, status,
     * publishedAt, slug, title, excerpt, searchTitle, searchText (not the bodies).
     */
    public List<Object[]> searchRows(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "select n.id, n.updatedAt, n.status, n.publishedAt, n.slug, n.title, n.excerpt, n.searchTitle,"
                                + " n.searchText from Note n where n.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList();
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
        if (c.terms() != null && !c.terms().isEmpty()) {
            sb.append(" and ").append(SearchTerms.allIn("n.searchText", c.terms()));
            for (int i = 0; i < c.terms().size(); i++) {
                params.put("t" + i, SearchTerms.pattern(c.terms().get(i)));
            }
        }
        return sb.toString();
    }
}
