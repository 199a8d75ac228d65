package org.fabrique.toolbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fabrique.common.i18n.Localized;
import org.fabrique.common.i18n.Translations;
import org.fabrique.common.i18n.Translations.Source;

/** The views of the toolbox: resources and initiatives with what they embed, in one query per kind. */
@ApplicationScoped
public class ToolboxMapper {
    /** The kind of record of shared resources' translations. */
    public static final String RESOURCE_KIND = "shared_resource";

    private final ToolboxLinks links;
    private final Translations translations;

    ToolboxMapper(ToolboxLinks links, Translations translations) {
        this.links = links;
        this.translations = translations;
    }

    /** The translatable texts of a shared resource, by field name. */
    static Source source(SharedResource r) {
        return Source.of(r.getLang(), "title", r.getTitle(), "description", r.getDescription());
    }

    List<SharedResourceView> resources(List<SharedResource> rows) {
        Set<Long> coalitionIds = new HashSet<>();
        rows.forEach(r -> coalitionIds.addAll(r.getCoalitionIds()));
        ToolboxLinks.Embedded embedded = links.embedded(
                ids(rows.stream().map(SharedResource::getPublisherActorId).toList()),
                ids(rows.stream().map(SharedResource::getTerritoryId).toList()),
                coalitionIds);
        Map<Long, Source> sources = new HashMap<>();
        rows.forEach(r -> sources.put(r.getId(), source(r)));
        Map<Long, Localized> texts = translations.localize(RESOURCE_KIND, sources);
        return rows.stream()
                .map(r -> new SharedResourceView(
                        r.getSlug(),
                        texts.get(r.getId()).text("title"),
                        r.getKind(),
                        texts.get(r.getId()).text("description"),
                        r.getUrl(),
                        r.getLicence(),
                        r.getAvailability(),
                        embedded.actor(r.getPublisherActorId()),
                        embedded.territory(r.getTerritoryId()),
                        embedded.coalitions(r.getCoalitionIds()),
                        r.isSample(),
                        r.getUpdatedAt(),
                        texts.get(r.getId()).languages()))
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
                        i.getUpdatedAt(),
                        org.fabrique.common.i18n.TextLanguages.original(i.getLang(), "title", "description")))
                .toList();
    }

    private static Set<Long> ids(List<Long> ids) {
        Set<Long> set = new HashSet<>();
        ids.stream().filter(Objects::nonNull).forEach(set::add);
        return set;
    }
}
