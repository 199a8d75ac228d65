package org.fabrique.coalition;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CoalitionRepository implements PanacheRepository<Coalition> {
    public Optional<Coalition> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Coalition> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<Coalition> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }
}
