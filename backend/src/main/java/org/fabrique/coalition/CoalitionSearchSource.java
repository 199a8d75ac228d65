package org.fabrique.coalition;

import static org.fabrique.common.search.SearchSource.NONE;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;
import org.fabrique.common.search.SearchSource;

/** Coalitions for the search: titled "#number title", every part of the canvas searched. */
public final class CoalitionSearchSource {
    private CoalitionSearchSource() {}

    @Produces
    @Singleton
    static SearchSource coalition() {
        return new SearchSource(
                "coalition",
                Set.of("coalition", "coalition_keyword", "coalition_problem", "coalition_experience"),
                "select c.id, c.search_vector as document, fabrique_fold(c.title) as folded_title, c.updated_at as recency from coalition c",
                "select c.id, c.slug, '#' || c.number || ' ' || c.title as title, c.title as own_title,"
                        + " c.summary as excerpt, c.lang,"
                        + " concat_ws(' ', c.summary, c.intention, c.vision) as body, " + NONE + " as context_type,"
                        + " " + NONE + " as context_slug, " + NONE + " as context_title from coalition c",
                new SearchSource.Translated("coalition", "title", "summary"));
    }
}
