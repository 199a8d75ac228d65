package org.fabrique.territory;

import static org.fabrique.common.search.SearchSource.NONE;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;
import org.fabrique.common.search.SearchSource;

/** Territories for the search: name, official code and description. */
public final class TerritorySearchSource {
    private TerritorySearchSource() {}

    @Produces
    @Singleton
    static SearchSource territory() {
        return new SearchSource(
                "territory",
                Set.of("territory"),
                "select t.id, t.search_vector as document, fabrique_fold(t.name) as folded_title, t.updated_at as recency from territory t",
                "select t.id, t.slug, t.name as title, t.name as own_title, t.description as excerpt,"
                        + " t.description as body, t.lang,"
                        + " " + NONE + " as context_type, " + NONE + " as context_slug, " + NONE + " as context_title"
                        + " from territory t",
                new SearchSource.Translated("territory", "name", "description"));
    }
}
