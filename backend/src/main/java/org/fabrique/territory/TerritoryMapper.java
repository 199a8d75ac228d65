package org.fabrique.territory;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.common.i18n.Localized;
import org.fabrique.common.i18n.Translations;
import org.fabrique.common.i18n.Translations.Source;

/** Territory views: the whole territory with its ancestors and children, summaries, the tree. */
@ApplicationScoped
public class TerritoryMapper {
    /** The kind of record of territories' translations. */
    public static final String KIND = "territory";

    private final TerritoryRepository repository;
    private final Translations translations;

    public TerritoryMapper(TerritoryRepository repository, Translations translations) {
        this.repository = repository;
        this.translations = translations;
    }

    /** The translatable texts of a territory, by field name. */
    public static Source source(Territory t) {
        return Source.of(t.getLang(), "name", t.getName(), "description", t.getDescription());
    }

    public static TerritorySummary summary(Territory t) {
        return new TerritorySummary(t.getSlug(), t.getName(), t.getKind(), t.getCode());
    }

    public TerritoryView view(Territory t) {
        List<TerritorySummary> ancestors = new ArrayList<>();
        Set<Long> seen = new HashSet<>(Set.of(t.getId()));
        Long nextId = t.getParentId();
        while (nextId != null && seen.add(nextId)) {
            Territory ancestor = repository.findById(nextId);
            if (ancestor == null) {
                break;
            }
            ancestors.add(0, summary(ancestor));
            nextId = ancestor.getParentId();
        }
        TerritorySummary parent = ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1);
        List<TerritorySummary> children = t.getId() == null
                ? List.of()
                : repository.children(t.getId()).stream()
                        .map(TerritoryMapper::summary)
                        .toList();
        Localized texts = t.getId() == null
                ? new Localized(
                        source(t).texts(),
                        org.fabrique.common.i18n.TextLanguages.original(t.getLang(), "name", "description"))
                : translations.localize(KIND, t.getId(), source(t));
        return new TerritoryView(
                t.getSlug(),
                texts.text("name"),
                t.getKind(),
                t.getCode(),
                texts.text("description"),
                parent,
                children,
                List.copyOf(ancestors),
                t.isSample(),
                t.getCreatedAt(),
                t.getUpdatedAt(),
                texts.languages());
    }

    /** The hierarchy as a list of roots, built in memory from every territory. */
    public List<TerritoryNode> tree(List<Territory> all) {
        Map<Long, List<Territory>> byParent = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        for (Territory t : all) {
            ids.add(t.getId());
        }
        List<Territory> roots = new ArrayList<>();
        for (Territory t : all) {
            if (t.getParentId() == null || !ids.contains(t.getParentId())) {
                roots.add(t);
            } else {
                byParent.computeIfAbsent(t.getParentId(), k -> new ArrayList<>())
                        .add(t);
            }
        }
        return roots.stream().map(r -> node(r, byParent, new HashSet<>())).toList();
    }

    private static TerritoryNode node(Territory t, Map<Long, List<Territory>> byParent, Set<Long> seen) {
        seen.add(t.getId());
        List<TerritoryNode> children = byParent.getOrDefault(t.getId(), List.of()).stream()
                .filter(c -> !seen.contains(c.getId()))
                .map(c -> node(c, byParent, seen))
                .toList();
        return new TerritoryNode(t.getSlug(), t.getName(), t.getKind(), t.getCode(), children);
    }
}
