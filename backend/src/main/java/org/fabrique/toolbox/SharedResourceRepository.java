package org.fabrique.toolbox;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.PageRequest;

/** Queries on shared resources. */
@ApplicationScoped
public class SharedResourceRepository implements PanacheRepository<SharedResource> {
    private static final Map<String, String> SORT_COLUMNS = Map.of("title", "r.title", "updatedAt", "r.updatedAt");

    public Optional<SharedResource> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Filters; null members mean "any". */
    public record Filter(
            Collection<Long> territoryIds,
            Long coalitionId,
            ResourceKind kind,
            Availability availability,
            String title) {}

    public FilteredQuery.Result<SharedResource> page(Filter f, PageRequest request, ListTotals totals) {
        return new FilteredQuery<>(SharedResource.class, "r")
                .and("r.territoryId in :territories", "territories", f.territoryIds())
                .and(":coalition member of r.coalitionIds", "coalition", f.coalitionId())
                .and("r.kind = :kind", "kind", f.kind())
                .and("r.availability = :availability", "availability", f.availability())
                .matches(f.title())
                .page(getEntityManager(), request, SORT_COLUMNS, totals);
    }
}
