package org.fabrique.participation.intention;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.axis.AxisService;
import org.fabrique.axis.AxisSummary;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionRef;

/** Proposed coalitions as the editors read them: their axes and coalition resolved in two queries. */
@ApplicationScoped
public class IntentionMapper {
    private final AxisService axes;
    private final CoalitionDirectory coalitions;

    public IntentionMapper(AxisService axes, CoalitionDirectory coalitions) {
        this.axes = axes;
        this.coalitions = coalitions;
    }

    List<IntentionView> views(List<Intention> intentions) {
        Set<Long> axisIds = new LinkedHashSet<>();
        Set<Long> coalitionIds = new LinkedHashSet<>();
        for (Intention i : intentions) {
            axisIds.addAll(i.getAxisIds());
            if (i.getCoalitionId() != null) {
                coalitionIds.add(i.getCoalitionId());
            }
        }
        Map<Long, AxisSummary> axisSummaries = axisIds.isEmpty() ? Map.of() : axes.summaries(axisIds);
        Map<Long, CoalitionRef> refs = coalitionIds.isEmpty() ? Map.of() : coalitions.refs(coalitionIds);
        return intentions.stream()
                .map(i -> new IntentionView(
                        i.getId(),
                        i.getTitle(),
                        i.getDescription(),
                        i.getAxisIds().stream()
                                .map(axisSummaries::get)
                                .filter(java.util.Objects::nonNull)
                                .toList(),
                        List.copyOf(i.getProblems()),
                        List.copyOf(i.getAllyKinds()),
                        i.getAuthorName(),
                        i.getAccountId() != null,
                        i.getLang(),
                        i.getStatus(),
                        i.getModeratorNote(),
                        i.getCreatedAt(),
                        i.getModeratedAt(),
                        i.getCoalitionId() == null ? null : refs.get(i.getCoalitionId())))
                .toList();
    }
}
