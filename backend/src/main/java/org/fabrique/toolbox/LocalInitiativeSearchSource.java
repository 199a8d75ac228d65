package org.fabrique.toolbox;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;
import org.fabrique.common.search.SearchSource;

/** Local initiatives for the search, shown with their territory. */
public final class LocalInitiativeSearchSource {
    private LocalInitiativeSearchSource() {}

    @Produces
    @Singleton
    static SearchSource initiative() {
        return new SearchSource(
                "initiative",
                Set.of("local_initiative", "territory"),
                "select i.id, i.search_vector as document, fabrique_fold(i.title) as folded_title, i.updated_at as recency from local_initiative i",
                "select i.id, i.slug, i.title, i.description as excerpt, i.description as body, i.lang,"
                        + " 'territory' as context_type, t.slug as context_slug, t.name as context_title"
                        + " from local_initiative i join territory t on t.id = i.territory_id");
    }
}
