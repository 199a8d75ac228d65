package org.fabrique.toolbox;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.PageRequest;

/** Queries on local initiatives. */
@ApplicationScoped
public class LocalInitiativeRepository implements PanacheRepository<LocalInitiative> {
    private static final Map<String, String> SORT_COLUMNS = Map.of("title", "i.title", "updatedAt", "i.updatedAt");

    public Optional<LocalInitiative> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Filters; null members mean "any". */
    public record Filter(Collection<Long> territoryIds, Long coalitionId, Long actorId, String title) {}

    public FilteredQuery.Result<LocalInitiative> page(Filter f, PageRequest request, ListTotals totals) {
        return new FilteredQuery<>(LocalInitiative.class, "i")
                .and("i.territoryId in :territories", "territories", f.territoryIds())
                .and("i.coalitionId = :coalition", "coalition", f.coalitionId())
                .and("i.actorId = :actor", "actor", f.actorId())
                .matches(f.title())
                .page(getEntityManager(), request, SORT_COLUMNS, totals);
    }
}
