package org.fabrique.actor;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.search.SearchTerms;

/** Queries on actors. */
@ApplicationScoped
public class ActorRepository implements PanacheRepository<Actor> {
    private static final Map<String, String> SORT_COLUMNS =
            Map.of("name", "a.name", "kind", "a.kind", "updatedAt", "a.updatedAt");

    public Optional<Actor> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Actor> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<Actor> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    /** Filters of the actor list; null members mean "any". */
    public record Filter(ActorKind kind, Long territoryId, String expertise, List<String> terms) {}

    /** One page of actors matching the filter, and the total count (two queries). */
    public PageResult<Actor> page(Filter filter, PageRequest request, ListTotals totals) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.kind() != null) {
            where.append(" and a.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.territoryId() != null) {
            where.append(" and a.territoryId = :territory");
            params.put("territory", filter.territoryId());
        }
        if (filter.expertise() != null) {
            where.append(" and exists (select 1 from Actor x join x.expertise k where x.id = a.id and lower(k) = :kw)");
            params.put("kw", filter.expertise().toLowerCase(Locale.ROOT));
        }
        if (filter.terms() != null && SearchTerms.bind(params, String.join(" ", filter.terms()))) {
            where.append(" and ").append(SearchTerms.matches("a", "name"));
        }
        String order = " order by " + SORT_COLUMNS.get(request.sort()) + (request.descending() ? " desc" : " asc")
                + ", a.slug asc";
        TypedQuery<Long> count = getEntityManager().createQuery("select count(a) from Actor a" + where, Long.class);
        TypedQuery<Actor> rows = getEntityManager().createQuery("select a from Actor a" + where + order, Actor.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        List<Actor> items = rows.setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        long total = totals.of(
                List.of("Actor", where.toString(), Map.copyOf(params)), request, items.size(), count::getSingleResult);
        return new PageResult<>(items, total);
    }

    /** Rows of one page and the total count. */
    public record PageResult<T>(List<T> items, long total) {}
}
