package org.fabrique.actor;

import static org.fabrique.common.search.SearchSource.NONE;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;
import org.fabrique.common.search.SearchSource;

/** Actors for the search: name, description and expertise. */
public final class ActorSearchSource {
    private ActorSearchSource() {}

    @Produces
    @Singleton
    static SearchSource actor() {
        return new SearchSource(
                "actor",
                Set.of("actor", "actor_expertise"),
                "select a.id, a.search_vector as document, fabrique_fold(a.name) as folded_title, a.updated_at as recency from actor a",
                "select a.id, a.slug, a.name as title, a.description as excerpt, a.description as body, a.lang,"
                        + " " + NONE + " as context_type, " + NONE + " as context_slug, " + NONE + " as context_title"
                        + " from actor a");
    }
}
