package org.fabrique.actor;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.ListQuery;

/** Queries on people. */
@ApplicationScoped
public class PersonRepository implements PanacheRepository<Person> {
    private static final Map<String, String> SORT_COLUMNS =
            Map.of("fullName", "p.fullName", "updatedAt", "p.updatedAt");

    public Optional<Person> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The columns a {@link PersonSummary} shows, of the given people and their actors (one query, no entity). */
    List<PersonSummaryRow> summaryRows(Collection<Long> ids) {
        return getEntityManager()
                .createQuery(
                        "select new org.fabrique.actor.PersonSummaryRow(p.id, p.slug, p.fullName, p.roleTitle, a.slug,"
                                + " a.name, a.kind) from Person p left join Actor a on a.id = p.actorId"
                                + " where p.id in :ids",
                        PersonSummaryRow.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public List<Person> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    public List<Person> ofActor(long actorId) {
        return list("actorId = ?1 order by fullName, slug", actorId);
    }

    /** One page of people, optionally of one actor and matching {@code q}, and the total. */
    public ListQuery.Rows<Person> page(Long actorId, String q, PageRequest request, ListTotals totals) {
        return ListQuery.over(Person.class, "p")
                .and("p.actorId = :actor", "actor", actorId)
                .matches(q, "fullName")
                .page(
                        getEntityManager(),
                        "p",
                        Person.class,
                        SORT_COLUMNS.get(request.sort()) + (request.descending() ? " desc" : " asc") + ", p.slug asc",
                        request,
                        totals);
    }
}
