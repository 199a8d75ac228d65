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
        for (CoalitionStatsRepository.AxisKeyword row : stats.keywordWeightsByAxis(axisIds)) {
            List<KeywordWeight> cloud = clouds.computeIfAbsent(row.axisId(), k -> new ArrayList<>());
            if (cloud.size() < maxTerms) {
                cloud.add(new KeywordWeight(row.keyword(), row.weight()));
            }
        }
        return clouds;
    }

    @Override
    public Map<Long, Long> coalitionCounts(Collection<Long> axisIds) {
        Map<Long, Long> counts = new HashMap<>();
        for (CoalitionStatsRepository.AxisCount row : stats.coalitionCountsByAxis(axisIds)) {
            counts.put(row.axisId(), row.count());
        }
        return counts;
    }
}
