package org.fabrique.coalition;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queries over the territorial declensions of coalitions. */
@ApplicationScoped
public class TerritorialCoalitionRepository implements PanacheRepository<TerritorialCoalition> {
    public Optional<TerritorialCoalition> find(long coalitionId, long territoryId) {
        return find("coalition.id = ?1 and territoryId = ?2", coalitionId, territoryId)
                .firstResultOptional();
    }

    public List<TerritorialCoalition> ofCoalition(long coalitionId) {
        return list("coalition.id", Sort.by("createdAt").and("id"), coalitionId);
    }

    /** A page of the declensions matching a Panache condition with named parameters. */
    public List<TerritorialCoalition> pageWhere(
            String where, Map<String, Object> params, Sort sort, int page, int size) {
        return find(where, sort, params).page(Page.of(page, size)).list();
    }

    public long countWhere(String where, Map<String, Object> params) {
        return count(where, params);
    }
}
