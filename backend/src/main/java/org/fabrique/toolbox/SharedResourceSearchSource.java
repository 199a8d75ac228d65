package org.fabrique.toolbox;

import static org.fabrique.common.search.SearchSource.NONE;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;
import org.fabrique.common.search.SearchSource;

/** Shared resources of the toolbox for the search, shown with their territory. */
public final class SharedResourceSearchSource {
    private SharedResourceSearchSource() {}

    @Produces
    @Singleton
    static SearchSource resource() {
        return new SearchSource(
                "resource",
                Set.of("shared_resource", "territory"),
                "select r.id, r.search_vector as document, fabrique_fold(r.title) as folded_title, r.updated_at as recency from shared_resource r",
                "select r.id, r.slug, r.title, r.title as own_title, r.description as excerpt,"
                        + " r.description as body, r.lang,"
                        + " case when t.id is null then " + NONE + " else 'territory' end as context_type,"
                        + " t.slug as context_slug, t.name as context_title"
                        + " from shared_resource r left join territory t on t.id = r.territory_id",
                new SearchSource.Translated("shared_resource", "title", "description"));
    }
}
