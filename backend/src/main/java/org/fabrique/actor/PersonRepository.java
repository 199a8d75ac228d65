package org.fabrique.actor;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.search.SearchTerms;

/** Queries on people. */
@ApplicationScoped
public class PersonRepository implements PanacheRepository<Person> {
    private static final Map<String, String> SORT_COLUMNS =
            Map.of("fullName", "p.fullName", "updatedAt", "p.updatedAt");

    public Optional<Person> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Person> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<Person> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    public List<Person> ofActor(long actorId) {
        return list("actorId = ?1 order by fullName, slug", actorId);
    }

    /** One page of people, optionally of one actor and whose name contains {@code q}. */
    public ActorRepository.PageResult<Person> page(Long actorId, String q, PageRequest request, ListTotals totals) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (actorId != null) {
            where.append(" and p.actorId = :actor");
            params.put("actor", actorId);
        }
        if (q != null && SearchTerms.bind(params, q)) {
            where.append(" and ").append(SearchTerms.matches("p", "fullName"));
        }
        String order = " order by " + SORT_COLUMNS.get(request.sort()) + (request.descending() ? " desc" : " asc")
                + ", p.slug asc";
        TypedQuery<Long> count = getEntityManager().createQuery("select count(p) from Person p" + where, Long.class);
        TypedQuery<Person> rows =
                getEntityManager().createQuery("select p from Person p" + where + order, Person.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        List<Person> items = rows.setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        long total = totals.of(
                List.of("Person", where.toString(), Map.copyOf(params)), request, items.size(), count::getSingleResult);
        return new ActorRepository.PageResult<>(items, total);
    }
}
