package org.fabrique.common.cache;

import java.util.Set;

/**
 * A cache (quarkus-cache, Caffeine) and the tables whose changes make its entries stale. The
 * feature that owns the cache declares it as a bean; {@link ChangeFeed} empties the cache when one
 * of the tables changes, on this replica or on another.
 */
public record CacheDependency(String cacheName, Set<String> tables) {
    /** Stands for every table that notifies its changes (migration V17). */
    public static final String ANY_TABLE = "*";

    public CacheDependency {
        tables = Set.copyOf(tables);
    }

    /** A cache emptied by any change of any notifying table. */
    public static CacheDependency onAnyChange(String cacheName) {
        return new CacheDependency(cacheName, Set.of(ANY_TABLE));
    }
}
