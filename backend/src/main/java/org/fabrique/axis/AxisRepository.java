package org.fabrique.axis;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AxisRepository implements PanacheRepository<Axis> {
    public Optional<Axis> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Axis> listOrdered() {
        return listAll(Sort.by("position").and("name"));
    }

    public List<Axis> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", Sort.by("position").and("name"), ids);
    }

    public List<Axis> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", Sort.by("position"), slugs);
    }
}
