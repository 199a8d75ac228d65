package org.fabrique.axis;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.common.i18n.TextLanguages;

/** The views of axes: each with its keyword cloud and its number of coalitions. */
@ApplicationScoped
public class AxisMapper {
    private final AxisKeywords keywords;

    public AxisMapper(AxisKeywords keywords) {
        this.keywords = keywords;
    }

    public AxisView view(Axis axis) {
        return views(List.of(axis)).get(axis.getId());
    }

    /** Views of the axes keyed by id, in the given order; clouds and counts in one query each. */
    public Map<Long, AxisView> views(List<Axis> axes) {
        List<Long> ids = axes.stream().map(Axis::getId).toList();
        Map<Long, List<KeywordWeight>> clouds = keywords.cloudsOf(ids, AxisService.CLOUD_SIZE);
        Map<Long, Long> counts = keywords.coalitionCounts(ids);
        Map<Long, AxisView> views = new LinkedHashMap<>();
        for (Axis a : axes) {
            views.put(
                    a.getId(),
                    new AxisView(
                            a.getSlug(),
                            a.getName(),
                            a.getDescription(),
                            a.getColour(),
                            a.getPosition(),
                            counts.getOrDefault(a.getId(), 0L),
                            clouds.getOrDefault(a.getId(), List.of()),
                            a.isSample(),
                            a.getUpdatedAt(),
                            TextLanguages.original(a.getLang(), "name", "description")));
        }
        return views;
    }
}
