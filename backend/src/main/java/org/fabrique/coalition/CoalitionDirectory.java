package org.fabrique.coalition;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What other features may ask of coalitions: references to embed, ids for their filters and links,
 * a few facts; never the entities, and nothing of the coalition's own rules. The narrow contract
 * between the coalition feature and the features above it ({@code FeatureBoundariesTest}).
 */
public interface CoalitionDirectory {
    /** References to the given coalitions (one query; none for an empty collection). */
    Map<Long, CoalitionRef> refs(Collection<Long> ids);

    /** The id of a coalition named by a filter, or empty when none has that slug. */
    Optional<Long> idOf(String slug);

    /** The ids of the coalitions under the axis of that slug (none for an unknown axis). */
    Set<Long> idsInAxis(String axisSlug);

    /** Resolves slugs to ids in one query; an unknown slug is a 400 naming {@code field}. */
    Map<String, Long> idsBySlug(Collection<String> slugs, String field);

    /** Whether the coalition accepts new comments; empty when there is no such coalition. */
    Optional<Boolean> commentsOpen(String slug);

    /** The number of coalitions. */
    long count();

    /**
     * For each axis asked, its first {@code perAxis} coalitions by number (a coalition in several
     * axes appears in each), in a constant number of queries.
     */
    Map<Long, List<CoalitionSummary>> summariesByAxis(Collection<Long> axisIds, int perAxis);

    /** The health of the coalitions named by slug (unknown ones left out), in a constant number of queries. */
    Map<String, CoalitionHealth> health(Collection<String> slugs);

    /** The network of the coalitions matching every filter given (null: not filtered). */
    CoalitionNetwork network(Long axisId, Set<Long> territoryIds, Stage stage);

    /** The network of one coalition, its members invited as well (nothing for an unknown id). */
    CoalitionNetwork networkOf(long coalitionId);

    /** For each actor given, the ids of the coalitions it is a confirmed member of, by number. */
    Map<Long, List<Long>> confirmedCoalitionsOf(Collection<Long> actorIds);

    /** The accounts named coordinators of a coalition (none for an unknown id). */
    Set<Long> coordinatorAccountIds(long coalitionId);

    /**
     * Whether the caller may edit the coalition of this id (its coordinators, admins): the one rule
     * of the coalition that other features' ownership rules build on. False for an unknown id.
     */
    boolean editableByCaller(long coalitionId);

    /**
     * Makes a new coalition as the caller (the rules of creation apply: a taken slug is a 409) and
     * names these accounts its coordinators besides the caller; its reference.
     */
    CoalitionRef create(CoalitionInput input, Collection<Long> coordinatorAccountIds);
}
