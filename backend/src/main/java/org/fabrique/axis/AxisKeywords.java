package org.fabrique.axis;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the axis feature needs to know of the coalitions living in axes. Implemented by the
 * coalition feature (which depends on axis), so that axis never depends on coalition.
 */
public interface AxisKeywords {
    /** Keyword cloud of each axis: term and number of coalitions of the axis carrying it. */
    Map<Long, List<KeywordWeight>> cloudsOf(Collection<Long> axisIds, int maxTerms);

    /** Number of coalitions in each axis. */
    Map<Long, Long> coalitionCounts(Collection<Long> axisIds);
}
