package org.fabrique.coalition.territorial;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class TerritoryPlanRepository implements PanacheRepository<TerritoryPlan> {
    List<TerritoryPlan> ofTerritory(long territoryId) {
        return list("territoryId = ?1 order by position, id", territoryId);
    }

    /** The coalitions declined in the territory (those its plans may carry). */
    Set<Long> declinedCoalitionIds(long territoryId) {
        return getEntityManager()
                .createQuery(
                        "select t.coalition.id from TerritorialCoalition t where t.territoryId = :territory",
                        Long.class)
                .setParameter("territory", territoryId)
                .getResultStream()
                .collect(Collectors.toSet());
    }
}
