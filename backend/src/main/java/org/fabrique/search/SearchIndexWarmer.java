package org.fabrique.search;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Builds the search index in the background once the application has started (after the demo
 * data, whose start-up observer runs first), so that the first search rarely waits for it. A
 * search that comes earlier waits for the build instead.
 */
@ApplicationScoped
public class SearchIndexWarmer {
    private static final Logger LOG = Logger.getLogger(SearchIndexWarmer.class);

    private final SearchIndex index;
    private final boolean enabled;
    private volatile Thread thread;

    public SearchIndexWarmer(
            SearchIndex index,
            @ConfigProperty(name = "fabrique.search.warm-at-start", defaultValue = "true") boolean enabled) {
        this.index = index;
        this.enabled = enabled;
    }

    void onStart(@Observes @Priority(5000) StartupEvent event) {
        if (!enabled) {
            return;
        }
        thread = Thread.ofPlatform().name("search-index-warm").daemon().start(() -> {
            try {
                index.warm();
            } catch (RuntimeException e) {
                // The first search builds it instead.
                LOG.warnf("Search index not built at start-up: %s", e.toString());
            }
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }
}
