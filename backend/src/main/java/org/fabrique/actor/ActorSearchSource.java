package org.fabrique.actor;

import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fabrique.common.search.EntitySearchSource;
import org.fabrique.common.search.SearchDocument;
import org.fabrique.common.search.SortKeys;

/** Actors for the search index: the description as excerpt, by name then slug. */
@Singleton
public class ActorSearchSource extends EntitySearchSource<Actor> {
    private final ActorRepository repository;

    public ActorSearchSource(ActorRepository repository) {
        super("actor", Actor.class, repository);
        this.repository = repository;
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> ids) {
        List<SearchDocument> documents = new ArrayList<>(ids.size());
        for (Object[] r : repository.searchRows(ids)) {
            String slug = (String) r[2];
            String name = (String) r[3];
            documents.add(new SearchDocument(
                    (Long) r[0],
                    ((OffsetDateTime) r[1]).toInstant(),
                    true,
                    slug,
                    name,
                    ActorService.clip((String) r[4], ActorService.EXCERPT_LENGTH),
                    (String) r[5],
                    (String) r[6],
                    SortKeys.text(name) + SortKeys.text(slug)));
        }
        return documents;
    }
}
