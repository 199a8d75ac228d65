package org.fabrique.coalition.territorial;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Queries over the territorial declensions of coalitions. */
@ApplicationScoped
public class TerritorialCoalitionRepository implements PanacheRepository<TerritorialCoalition> {
    public Optional<TerritorialCoalition> find(long coalitionId, long territoryId) {
        return find("coalition.id = ?1 and territoryId = ?2", coalitionId, territoryId)
                .firstResultOptional();
    }

    /** How many coalitions are declined in a territory. */
    public record TerritoryCount(long territoryId, long coalitions) {}

    /** The number of declensions of each territory that has one (one grouped query). */
    public List<TerritoryCount> countsByTerritory() {
        return getEntityManager()
                .createQuery(
                        "select new org.fabrique.coalition.territorial.TerritorialCoalitionRepository$TerritoryCount("
                                + "t.territoryId, count(t)) from TerritorialCoalition t group by t.territoryId",
                        TerritoryCount.class)
                .getResultList();
    }

    public List<TerritorialCoalition> ofCoalition(long coalitionId) {
        return list("coalition.id", Sort.by("createdAt").and("id"), coalitionId);
    }
}
