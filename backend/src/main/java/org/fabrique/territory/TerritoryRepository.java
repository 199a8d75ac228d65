package org.fabrique.territory;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Queries on territories. */
@ApplicationScoped
public class TerritoryRepository implements PanacheRepository<Territory> {
    public Optional<Territory> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Territory> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<Territory> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    public List<Territory> listByName() {
        return listAll(Sort.by("name").and("slug"));
    }

    public List<Territory> children(long parentId) {
        return list("parentId", Sort.by("name").and("slug"), parentId);
    }

    public boolean hasChildren(long id) {
        return count("parentId", id) > 0;
    }

    /** Every (id, parentId) pair, without loading the entities. */
    public List<Object[]> parentLinks() {
        return getEntityManager()
                .createQuery("select t.id, t.parentId from Territory t", Object[].class)
                .getResultList();
    }

    /** A filtered query for the flat list; {@code parentId} null means any parent. */
    public PanacheQuery<Territory> filtered(TerritoryKind kind, Long parentId, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (parentId != null) {
            where.append(" and parentId = :parent");
            params.and("parent", parentId);
        }
        return find(where.toString(), sort, params);
    }
}
