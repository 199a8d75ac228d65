package org.fabrique.coalition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.axis.AxisKeywords;
import org.fabrique.axis.KeywordWeight;

/** Serves the axis feature the keyword clouds and counts computed from coalitions. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoalitionKeywords implements AxisKeywords {
    private final CoalitionStatsRepository stats;

    public CoalitionKeywords(CoalitionStatsRepository stats) {
        this.stats = stats;
    }

    @Override
    public Map<Long, List<KeywordWeight>> cloudsOf(Collection<Long> axisIds, int maxTerms) {
        Map<Long, List<KeywordWeight>> clouds = new HashMap<>();
        for (Object[] row : stats.keywordWeightsByAxis(axisIds)) {
            List<KeywordWeight> cloud = clouds.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>());
            if (cloud.size() < maxTerms) {
                cloud.add(new KeywordWeight((String) row[1], ((Number) row[2]).longValue()));
            }
        }
        return clouds;
    }

    @Override
    public Map<Long, Long> coalitionCounts(Collection<Long> axisIds) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : stats.coalitionCountsByAxis(axisIds)) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
