package org.fabrique.event;

import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fabrique.common.search.EntitySearchSource;
import org.fabrique.common.search.SearchDocument;
import org.fabrique.common.search.SortKeys;

/** Events for the search index: the description (or place) as excerpt, the latest first. */
@Singleton
public class EventSearchSource extends EntitySearchSource<Event> {
    private final EventRepository repository;

    public EventSearchSource(EventRepository repository) {
        super("event", Event.class, repository);
        this.repository = repository;
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> ids) {
        List<SearchDocument> documents = new ArrayList<>(ids.size());
        for (Object[] r : repository.searchRows(ids)) {
            long id = (Long) r[0];
            documents.add(new SearchDocument(
                    id,
                    ((OffsetDateTime) r[1]).toInstant(),
                    true,
                    (String) r[2],
                    (String) r[3],
                    EventService.excerpt((String) r[4], (String) r[5]),
                    (String) r[6],
                    (String) r[7],
                    SortKeys.latestFirst(((OffsetDateTime) r[8]).toInstant()) + SortKeys.descending(id)));
        }
        return documents;
    }
}
