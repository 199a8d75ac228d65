package org.fabrique.coalition.territorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.ProblemType;
import org.fabrique.common.http.EntityTags;
import org.fabrique.territory.TerritoryService;
import org.fabrique.territory.TerritoryStewardship;

/**
 * A territory's planning documents and main strategy, each linked to the territorial coalitions it
 * carries. Read by everyone; written (the whole list at once) by who may edit the territory.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TerritoryPlanService {
    private final TerritoryPlanRepository repository;
    private final TerritoryService territories;
    private final TerritoryStewardship stewardship;
    private final CoalitionDirectory coalitions;
    private final EntityTags tags;

    public TerritoryPlanService(
            TerritoryPlanRepository repository,
            TerritoryService territories,
            TerritoryStewardship stewardship,
            CoalitionDirectory coalitions,
            EntityTags tags) {
        this.repository = repository;
        this.territories = territories;
        this.stewardship = stewardship;
        this.coalitions = coalitions;
        this.tags = tags;
    }

    public List<TerritoryPlanView> list(String territorySlug) {
        return views(repository.ofTerritory(territoryId(territorySlug)));
    }

    /**
     * Replaces the territory's plans by those given, in their order; {@code ifMatch}, when given,
     * must name the ETag of the list as read (412 when another change came first).
     */
    @Transactional
    public List<TerritoryPlanView> replace(String territorySlug, List<TerritoryPlanInput> inputs, String ifMatch) {
        long territoryId = territoryId(territorySlug);
        if (!stewardship.mayEdit(territoryId)) {
            throw new DomainException(ProblemType.FORBIDDEN, "You do not manage territory '" + territorySlug + "'");
        }
        tags.checkIfMatch(ifMatch, views(repository.ofTerritory(territoryId)));
        Set<Long> declined = repository.declinedCoalitionIds(territoryId);
        List<TerritoryPlan> plans = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            TerritoryPlanInput in = inputs.get(i);
            List<String> slugs = in.coalitions() == null ? List.of() : in.coalitions();
            Map<String, Long> ids = coalitions.idsBySlug(slugs, "[" + i + "].coalitions");
            TerritoryPlan plan = new TerritoryPlan(
                    territoryId,
                    i,
                    in.kind(),
                    in.title().trim(),
                    in.url() == null || in.url().isBlank() ? null : in.url().trim(),
                    Boolean.TRUE.equals(in.sample()));
            for (String slug : slugs) {
                if (!declined.contains(ids.get(slug))) {
                    throw DomainException.invalidField(
                            "[" + i + "].coalitions", "coalition {0} is not declined in this territory", slug);
                }
                plan.getCoalitionIds().add(ids.get(slug));
            }
            plans.add(plan);
        }
        repository.delete("territoryId", territoryId);
        repository.flush();
        repository.persist(plans);
        repository.flush();
        return views(plans);
    }

    private long territoryId(String slug) {
        return territories.idOf(slug).orElseThrow(() -> DomainException.notFound("territory", slug));
    }

    private List<TerritoryPlanView> views(List<TerritoryPlan> plans) {
        Set<Long> ids = new HashSet<>();
        plans.forEach(p -> ids.addAll(p.getCoalitionIds()));
        Map<Long, CoalitionRef> refs = coalitions.refs(ids);
        return plans.stream()
                .map(p -> new TerritoryPlanView(
                        p.getKind(),
                        p.getTitle(),
                        p.getUrl(),
                        p.getCoalitionIds().stream()
                                .map(refs::get)
                                .sorted(Comparator.comparingInt(CoalitionRef::number))
                                .toList(),
                        p.isSample()))
                .toList();
    }
}
