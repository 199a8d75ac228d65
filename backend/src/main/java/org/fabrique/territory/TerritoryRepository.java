package org.fabrique.territory;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
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
    public List<ParentLink> parentLinks() {
        return getEntityManager()
                .createQuery(
                        "select new org.fabrique.territory.ParentLink(t.id, t.parentId)" + " from Territory t",
                        ParentLink.class)
                .getResultList();
    }
}
