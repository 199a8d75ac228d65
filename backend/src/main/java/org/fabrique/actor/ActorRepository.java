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

    /** Summaries of the sub-units of an actor, by name (one query, no entity). */
    List<ActorSummaryRow> subUnitRows(long parentId) {
        return getEntityManager()
                .createQuery(
                        "select new org.fabrique.actor.ActorSummaryRow(a.id, a.slug, a.name, a.kind) from Actor a"
                                + " where a.parentId = :parent order by a.name, a.slug",
                        ActorSummaryRow.class)
                .setParameter("parent", parentId)
                .getResultList();
    }

    /** The id of the parent of an actor, or null (for the cycle check). */
    Long parentIdOf(long id) {
        List<Long> found = getEntityManager()
                .createQuery("select a.parentId from Actor a where a.id = :id", Long.class)
                .setParameter("id", id)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
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

    /**
     * The kind, territory and expertise of the actors that matching allies can reach (three
     * queries): those of one of the kinds, those named, and those with an expertise keyword holding
     * one of the stems (lower case, no accents, letters and digits only). A superset: the matching
     * reads the keywords word by word.
     */
    public java.util.List<ActorProfile> profiles(
            java.util.Set<ActorKind> kinds, java.util.Set<String> stems, java.util.Set<Long> ids) {
        if (kinds.isEmpty() && stems.isEmpty() && ids.isEmpty()) {
            return java.util.List.of();
        }
        @SuppressWarnings("unchecked")
        java.util.List<Number> reached = getEntityManager()
                .createNativeQuery("select a.id from actor a where a.kind in (:kinds) or a.id in (:ids)"
                        + " or exists (select 1 from actor_expertise e where e.actor_id = a.id"
                        + " and fabrique_fold(e.keyword) like any (cast(:patterns as text[])))")
                .setParameter(
                        "kinds",
                        kinds.isEmpty()
                                ? java.util.List.of("")
                                : kinds.stream().map(Enum::name).toList())
                .setParameter("ids", ids.isEmpty() ? java.util.Set.of(-1L) : ids)
                .setParameter(
                        "patterns",
                        stems.stream()
                                .filter(stem -> stem.matches("[a-z0-9]+"))
                                .map(stem -> "%" + stem + "%")
                                .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .getResultList();
        if (reached.isEmpty()) {
            return java.util.List.of();
        }
        java.util.List<Long> actorIds = reached.stream().map(Number::longValue).toList();
        java.util.Map<Long, java.util.Set<String>> expertise = new java.util.HashMap<>();
        getEntityManager()
                .createQuery(
                        "select new org.fabrique.actor.ActorRepository$KeywordRow(a.id, k) from Actor a join a.expertise k"
                                + " where a.id in :ids",
                        KeywordRow.class)
                .setParameter("ids", actorIds)
                .getResultStream()
                .forEach(row -> expertise
                        .computeIfAbsent(row.actorId(), id -> new java.util.LinkedHashSet<>())
                        .add(row.keyword()));
        return getEntityManager()
                .createQuery(
                        "select new org.fabrique.actor.ActorRepository$ProfileRow(a.id, a.kind, a.territoryId)"
                                + " from Actor a where a.id in :ids order by a.id",
                        ProfileRow.class)
                .setParameter("ids", actorIds)
                .getResultStream()
                .map(row -> new ActorProfile(
                        row.id(),
                        row.kind(),
                        row.territoryId(),
                        java.util.Set.copyOf(expertise.getOrDefault(row.id(), java.util.Set.of()))))
                .toList();
    }

    /** An expertise keyword of an actor. */
    public record KeywordRow(long actorId, String keyword) {}

    /** An actor's kind and territory. */
    public record ProfileRow(long id, ActorKind kind, Long territoryId) {}
}
