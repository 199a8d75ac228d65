package org.fabrique.actor;

import static org.fabrique.common.search.SearchSource.NONE;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;
import org.fabrique.common.search.SearchSource;

/** People for the search: full name, role and biography; shown with the actor they act for. */
public final class PersonSearchSource {
    private PersonSearchSource() {}

    @Produces
    @Singleton
    static SearchSource person() {
        return new SearchSource(
                "person",
                Set.of("person", "actor"),
                "select p.id, p.search_vector as document, fabrique_fold(p.full_name) as folded_title, p.updated_at as recency from person p",
                "select p.id, p.slug, p.full_name as title, p.role_title as excerpt, concat_ws(' ', p.role_title, p.bio) as body, p.lang,"
                        + " case when a.id is null then " + NONE + " else 'actor' end as context_type,"
                        + " a.slug as context_slug, a.name as context_title"
                        + " from person p left join actor a on a.id = p.actor_id");
    }
}
