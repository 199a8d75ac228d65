package org.fabrique.coalition.territorial;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.ActorSummary;
import org.fabrique.coalition.CoalitionMapper;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.territory.TerritoryService;
import org.fabrique.territory.TerritorySummary;

/** Views of territorial declensions, with coalitions, territories and partners loaded in batches. */
@ApplicationScoped
public class TerritorialMapper {
    private final CoalitionMapper coalitions;
    private final TerritoryService territories;
    private final ActorService actors;

    public TerritorialMapper(CoalitionMapper coalitions, TerritoryService territories, ActorService actors) {
        this.coalitions = coalitions;
        this.territories = territories;
        this.actors = actors;
    }

    public TerritorialCoalitionView view(TerritorialCoalition t) {
        return views(List.of(t)).get(0);
    }

    public List<TerritorialCoalitionView> views(List<TerritorialCoalition> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, CoalitionRef> refs =
                coalitions.refs(list.stream().map(t -> t.getCoalition().getId()).collect(Collectors.toSet()));
        Map<Long, TerritorySummary> territorySummaries = territories.summaries(
                list.stream().map(TerritorialCoalition::getTerritoryId).collect(Collectors.toSet()));
        Set<Long> partnerActorIds = new HashSet<>();
        for (TerritorialCoalition t : list) {
            for (TerritorialPartner p : t.getPartners()) {
                if (p.getActorId() != null) {
                    partnerActorIds.add(p.getActorId());
                }
            }
        }
        Map<Long, ActorSummary> actorSummaries =
                partnerActorIds.isEmpty() ? Map.of() : actors.summaries(partnerActorIds);
        return list.stream()
                .map(t -> new TerritorialCoalitionView(
                        refs.get(t.getCoalition().getId()),
                        territorySummaries.get(t.getTerritoryId()),
                        t.getPositioning(),
                        t.isPriority(),
                        t.getStatus(),
                        t.getCommitments(),
                        t.getPartners().stream()
                                .map(p -> new PartnerView(
                                        p.getScope(),
                                        p.getStatus(),
                                        p.getActorId() == null ? null : actorSummaries.get(p.getActorId()),
                                        p.getLabel()))
                                .toList(),
                        t.isSample(),
                        t.getCreatedAt(),
                        t.getUpdatedAt()))
                .toList();
    }
}
