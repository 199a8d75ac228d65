package org.fabrique.toolbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.fabrique.account.PartnerScope;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.ActorSummary;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.persistence.IdSets;
import org.fabrique.territory.TerritoryService;
import org.fabrique.territory.TerritorySummary;

/**
 * What the toolbox's resources and initiatives link to (territories, coalitions, actors), for both:
 * list filters resolved to ids, the slugs a write names, and the records their views embed.
 */
@ApplicationScoped
class ToolboxLinks {
    private final TerritoryService territories;
    private final CoalitionDirectory coalitions;
    private final ActorService actors;
    private final PartnerScope partners;

    ToolboxLinks(
            TerritoryService territories, CoalitionDirectory coalitions, ActorService actors, PartnerScope partners) {
        this.territories = territories;
        this.coalitions = coalitions;
        this.actors = actors;
        this.partners = partners;
    }

    /**
     * A list's filters as ids; null means "any". The territory includes those below it; an axis is
     * the coalitions under it (a resource serving one of them is in the axis).
     */
    record Scope(Set<Long> territoryIds, Long coalitionId, Long actorId, Set<Long> axisCoalitionIds) {}

    /** The filters as ids, or empty when one names an unknown slug (the list is then empty). */
    Optional<Scope> scope(String territory, String coalition, String actor) {
        return scope(territory, coalition, actor, null);
    }

    /**
     * The filters as ids, or empty when one names an unknown slug or an axis without coalitions
     * (the list is then empty).
     */
    Optional<Scope> scope(String territory, String coalition, String actor, String axis) {
        Set<Long> axisCoalitions = axis == null ? null : coalitions.idsInAxis(axis);
        if (axisCoalitions != null && axisCoalitions.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> territoryId = territory == null ? Optional.empty() : territories.idOf(territory);
        Optional<Long> coalitionId = coalition == null ? Optional.empty() : coalitions.idOf(coalition);
        Optional<Long> actorId = actor == null ? Optional.empty() : actors.idOf(actor);
        if ((territory != null && territoryId.isEmpty())
                || (coalition != null && coalitionId.isEmpty())
                || (actor != null && actorId.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Scope(
                territoryId.map(territories::selfAndDescendantIds).orElse(null),
                coalitionId.orElse(null),
                actorId.orElse(null),
                axisCoalitions));
    }

    /** 404 for a territory path naming no territory. */
    void requireTerritory(String slug) {
        if (territories.idOf(slug).isEmpty()) {
            throw DomainException.notFound("territory", slug);
        }
    }

    Long territoryId(String slug, String field) {
        return slug == null ? null : territories.idsBySlug(List.of(slug), field).get(slug);
    }

    Long coalitionId(String slug, String field) {
        return slug == null ? null : coalitions.idsBySlug(List.of(slug), field).get(slug);
    }

    Long actorId(String slug, String field) {
        return slug == null ? null : actors.idsBySlug(List.of(slug), field).get(slug);
    }

    /**
     * The owning actor a write names (a resource's publisher, an initiative's actor): a partner's
     * writes always carry its own actor (its permission checker refused any other it named).
     */
    Long ownerId(String slug, String field) {
        return partners.ownActor(ToolboxAccess.STAFF).orElseGet(() -> actorId(slug, field));
    }

    Set<Long> coalitionIds(List<String> slugs, String field) {
        return slugs == null || slugs.isEmpty()
                ? new LinkedHashSet<>()
                : IdSets.inOrder(coalitions.idsBySlug(slugs, field), slugs);
    }

    /** The records some views embed, loaded in one query per kind. */
    Embedded embedded(Collection<Long> actorIds, Collection<Long> territoryIds, Collection<Long> coalitionIds) {
        return new Embedded(
                actors.summaries(actorIds), territories.summaries(territoryIds), coalitions.refs(coalitionIds));
    }

    record Embedded(
            Map<Long, ActorSummary> actors,
            Map<Long, TerritorySummary> territories,
            Map<Long, CoalitionRef> coalitions) {
        ActorSummary actor(Long id) {
            return id == null ? null : actors.get(id);
        }

        TerritorySummary territory(Long id) {
            return id == null ? null : territories.get(id);
        }

        CoalitionRef coalition(Long id) {
            return id == null ? null : coalitions.get(id);
        }

        /** The coalitions of the ids, by number. */
        List<CoalitionRef> coalitions(Collection<Long> ids) {
            return ids.stream()
                    .map(coalitions::get)
                    .filter(Objects::nonNull)
                    .sorted(Comparator.comparingInt(CoalitionRef::number))
                    .toList();
        }
    }
}
