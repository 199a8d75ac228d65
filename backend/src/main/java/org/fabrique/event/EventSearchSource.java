package org.fabrique.event;

import static org.fabrique.common.search.SearchSource.NONE;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;
import org.fabrique.common.search.SearchSource;

/** Events for the search: title, description, location and the agenda's sessions. */
public final class EventSearchSource {
    private EventSearchSource() {}

    @Produces
    @Singleton
    static SearchSource event() {
        return new SearchSource(
                "event",
                Set.of("event", "event_session"),
                "select e.id, e.search_vector as document, fabrique_fold(e.title) as folded_title, e.starts_at as recency from event e",
                "select e.id, e.slug, e.title, e.title as own_title, e.description as excerpt, e.lang,"
                        + " concat_ws(' ', e.description, e.location) as body,"
                        + " " + NONE + " as context_type, " + NONE + " as context_slug, " + NONE + " as context_title"
                        + " from event e",
                new SearchSource.Translated("event", "title", "description"));
    }
}
