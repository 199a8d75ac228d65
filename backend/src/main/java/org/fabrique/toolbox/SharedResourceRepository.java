package org.fabrique.toolbox;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.ListQuery;

/** Queries on shared resources. */
@ApplicationScoped
public class SharedResourceRepository implements PanacheRepository<SharedResource> {
    private static final Map<String, String> SORT_COLUMNS = Map.of("title", "r.title", "updatedAt", "r.updatedAt");

    Optional<SharedResource> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** One page of rows within the scope and filter, and the total. */
    ListQuery.Rows<SharedResource> page(
            ToolboxLinks.Scope scope, ToolboxCatalogue.Filter f, PageRequest request, ListTotals totals) {
        return ListQuery.over(SharedResource.class, "r")
                .and("r.territoryId in :territories", "territories", scope.territoryIds())
                .and(":coalition member of r.coalitionIds", "coalition", scope.coalitionId())
                .and("r.kind = :kind", "kind", f.kind())
                .and("r.availability = :availability", "availability", f.availability())
                .and("r.licence = :licence", "licence", f.licence())
                .and(
                        "r.id in (select r2.id from SharedResource r2 join r2.coalitionIds c where c in :axisCoalitions)",
                        "axisCoalitions",
                        scope.axisCoalitionIds())
                .matches(f.text(), "title")
                .page(
                        getEntityManager(),
                        "r",
                        SharedResource.class,
                        SORT_COLUMNS.get(request.sort()) + (request.descending() ? " desc" : " asc") + ", r.slug asc",
                        request,
                        totals);
    }
}
