package org.fabrique.actor;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.ListQuery;

/** Queries on actors. */
@ApplicationScoped
public class ActorRepository implements PanacheRepository<Actor> {
    private static final Map<String, String> SORT_COLUMNS =
            Map.of("name", "a.name", "kind", "a.kind", "updatedAt", "a.updatedAt");

    public Optional<Actor> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The columns an {@link ActorSummary} shows, of the given actors (one query, no entity). */
    List<ActorSummaryRow> summaryRows(Collection<Long> ids) {
        return getEntityManager()
                .createQuery(
                        "select new org.fabrique.actor.ActorSummaryRow(a.id, a.slug, a.name, a.kind) from Actor a"
                                + " where a.id in :ids",
                        ActorSummaryRow.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public List<Actor> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    /** Filters of the actor list; null members mean "any". */
    public record Filter(ActorKind kind, Long territoryId, String expertise, List<String> terms) {}

    /**
     * One page of actors matching the filter, and the total (counted only when the page cannot tell).
     * The default order (name, slug) is that of the index actor_name_idx (V36).
     */
    public ListQuery.Rows<Actor> page(Filter filter, PageRequest request, ListTotals totals) {
        return ListQuery.over(Actor.class, "a")
                .and("a.kind = :kind", "kind", filter.kind())
                .and("a.territoryId = :territory", "territory", filter.territoryId())
                .and(
                        "exists (select 1 from Actor x join x.expertise k where x.id = a.id and lower(k) = :kw)",
                        "kw",
                        filter.expertise() == null ? null : filter.expertise().toLowerCase(Locale.ROOT))
                .matches(filter.terms() == null ? null : String.join(" ", filter.terms()), "name")
                .page(
                        getEntityManager(),
                        "a",
                        Actor.class,
                        SORT_COLUMNS.get(request.sort()) + (request.descending() ? " desc" : " asc") + ", a.slug asc",
                        request,
                        totals);
    }
}
