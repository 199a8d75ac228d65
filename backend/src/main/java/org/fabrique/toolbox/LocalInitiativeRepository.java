package org.fabrique.toolbox;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.ListQuery;

/** Queries on local initiatives. */
@ApplicationScoped
public class LocalInitiativeRepository implements PanacheRepository<LocalInitiative> {
    private static final Map<String, String> SORT_COLUMNS = Map.of("title", "i.title", "updatedAt", "i.updatedAt");

    Optional<LocalInitiative> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** One page of rows within the scope and filter, and the total. */
    ListQuery.Rows<LocalInitiative> page(
            ToolboxLinks.Scope scope, ToolboxCatalogue.Filter f, PageRequest request, ListTotals totals) {
        return ListQuery.over(LocalInitiative.class, "i")
                .and("i.territoryId in :territories", "territories", scope.territoryIds())
                .and("i.coalitionId = :coalition", "coalition", scope.coalitionId())
                .and("i.actorId = :actor", "actor", scope.actorId())
                .matches(f.text(), "title")
                .page(
                        getEntityManager(),
                        "i",
                        LocalInitiative.class,
                        SORT_COLUMNS.get(request.sort()) + (request.descending() ? " desc" : " asc") + ", i.slug asc",
                        request,
                        totals);
    }
}
