package org.fabrique.toolbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The views of the toolbox: resources and initiatives with what they embed, in one query per kind. */
@ApplicationScoped
public class ToolboxMapper {
    private final ToolboxLinks links;

    ToolboxMapper(ToolboxLinks links) {
        this.links = links;
    }

    List<SharedResourceView> resources(List<SharedResource> rows) {
        Set<Long> coalitionIds = new HashSet<>();
        rows.forEach(r -> coalitionIds.addAll(r.getCoalitionIds()));
        ToolboxLinks.Embedded embedded = links.embedded(
                ids(rows.stream().map(SharedResource::getPublisherActorId).toList()),
                ids(rows.stream().map(SharedResource::getTerritoryId).toList()),
                coalitionIds);
        return rows.stream()
                .map(r -> new SharedResourceView(
                        r.getSlug(),
                        r.getTitle(),
                        r.getKind(),
                        r.getDescription(),
                        r.getUrl(),
                        r.getLicence(),
                        r.getAvailability(),
                        embedded.actor(r.getPublisherActorId()),
                        embedded.territory(r.getTerritoryId()),
                        embedded.coalitions(r.getCoalitionIds()),
                        r.isSample(),
                        r.getUpdatedAt()))
                .toList();
    }

    List<LocalInitiativeView> initiatives(List<LocalInitiative> rows) {
        ToolboxLinks.Embedded embedded = links.embedded(
                ids(rows.stream().map(LocalInitiative::getActorId).toList()),
                ids(rows.stream().map(LocalInitiative::getTerritoryId).toList()),
                ids(rows.stream().map(LocalInitiative::getCoalitionId).toList()));
        return rows.stream()
                .map(i -> new LocalInitiativeView(
                        i.getSlug(),
                        i.getTitle(),
                        i.getDescription(),
                        i.getUrl(),
                        embedded.territory(i.getTerritoryId()),
                        embedded.coalition(i.getCoalitionId()),
                        embedded.actor(i.getActorId()),
                        i.isSample(),
                        i.getUpdatedAt()))
                .toList();
    }

    private static Set<Long> ids(List<Long> ids) {
        Set<Long> set = new HashSet<>();
        ids.stream().filter(Objects::nonNull).forEach(set::add);
        return set;
    }
}
