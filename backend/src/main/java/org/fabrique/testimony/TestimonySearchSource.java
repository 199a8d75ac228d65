package org.fabrique.testimony;

import static org.fabrique.common.search.SearchSource.NONE;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;
import org.fabrique.common.search.SearchSource;

/** Testimonies for the search: titled by the person who testifies, shown on their coalition or event. */
public final class TestimonySearchSource {
    private TestimonySearchSource() {}

    @Produces
    @Singleton
    static SearchSource testimony() {
        return new SearchSource(
                "testimony",
                Set.of("testimony", "person", "coalition", "event"),
                "select t.id, t.search_vector as document, fabrique_fold(p.full_name) as folded_title, t.updated_at as recency"
                        + " from testimony t join person p on p.id = t.person_id",
                "select t.id, " + NONE
                        + " as slug, p.full_name as title, t.summary as excerpt, t.summary as body, t.lang,"
                        + " case when c.id is not null then 'coalition' when e.id is not null then 'event'"
                        + " else " + NONE + " end as context_type,"
                        + " coalesce(c.slug, e.slug) as context_slug, coalesce(c.title, e.title) as context_title"
                        + " from testimony t join person p on p.id = t.person_id"
                        + " left join coalition c on c.id = t.coalition_id left join event e on e.id = t.event_id");
    }
}
