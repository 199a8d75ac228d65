package org.fabrique.sync;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionRef;

/** Builds the views of the changes feed: each row with the address to read its resource now. */
@ApplicationScoped
public class ChangeMapper {
    private static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("axis", "/api/v1/axes/"),
            Map.entry("territory", "/api/v1/territories/"),
            Map.entry("actor", "/api/v1/actors/"),
            Map.entry("person", "/api/v1/people/"),
            Map.entry("coalition", "/api/v1/coalitions/"),
            Map.entry("resource", "/api/v1/resources/"),
            Map.entry("initiative", "/api/v1/initiatives/"),
            Map.entry("event", "/api/v1/events/"),
            Map.entry("note", "/api/v1/notes/"));

    private final CoalitionDirectory coalitions;

    public ChangeMapper(CoalitionDirectory coalitions) {
        this.coalitions = coalitions;
    }

    /** The views of the rows, their coalitions loaded in one query. */
    public List<ChangeView> views(List<ChangeRow> rows) {
        Map<Long, CoalitionRef> parents = coalitions.refs(rows.stream()
                .map(ChangeRow::coalitionId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return rows.stream().map(row -> view(row, parents)).toList();
    }

    private static ChangeView view(ChangeRow row, Map<Long, CoalitionRef> parents) {
        return new ChangeView(
                row.cursor().encode(),
                row.entity(),
                row.entityId(),
                row.coalitionId() == null ? row.slug() : null,
                row.previousSlug(),
                row.action(),
                row.changedAt(),
                href(row, parents));
    }

    private static String href(ChangeRow row, Map<Long, CoalitionRef> parents) {
        if (row.coalitionId() != null) {
            CoalitionRef parent = parents.get(row.coalitionId());
            return parent == null ? null : "/api/v1/coalitions/" + parent.slug();
        }
        if ("deleted".equals(row.action())) {
            return null;
        }
        if ("testimony".equals(row.entity())) {
            return "/api/v1/testimonies/" + row.entityId();
        }
        String path = PATHS.get(row.entity());
        return path == null || row.slug() == null ? null : path + row.slug();
    }
}
