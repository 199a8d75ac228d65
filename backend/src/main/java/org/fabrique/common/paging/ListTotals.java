package org.fabrique.common.paging;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.function.LongSupplier;
import org.fabrique.common.cache.CacheDependency;
import org.fabrique.common.cache.ChangeFeed;

/**
 * The {@code totalItems} of a list page without counting the whole table on every request: a page
 * that is not full tells the total by itself (it is the last one); otherwise the count runs once
 * per filter and is kept until any listed table changes on any replica ({@link ChangeFeed}).
 */
@ApplicationScoped
public class ListTotals {
    static final String CACHE = "list-totals";

    private final ChangeFeed changes;
    private final Cache cache;

    public ListTotals(ChangeFeed changes, @CacheName(CACHE) Cache cache) {
        this.changes = changes;
        this.cache = cache;
    }

    @Produces
    @Singleton
    static CacheDependency cache() {
        return CacheDependency.onAnyChange(CACHE);
    }

    /**
     * The total for a page that holds {@code rowsOnPage} rows.
     *
     * @param key what decides the count: the list and its filters (a record, compared by value)
     * @param count counts the rows matching the filters, when the page cannot tell
     */
    public long of(Object key, PageRequest page, int rowsOnPage, LongSupplier count) {
        if (rowsOnPage > 0 && rowsOnPage < page.size()) {
            return page.offset() + rowsOnPage;
        }
        if (rowsOnPage == 0 && page.offset() == 0) {
            return 0;
        }
        return changes.read(cache, key, count::getAsLong);
    }
}
