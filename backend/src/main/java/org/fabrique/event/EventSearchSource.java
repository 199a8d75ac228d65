package org.fabrique.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fabrique.common.persistence.CommittedWrites;
import org.fabrique.common.persistence.RowVersion;
import org.fabrique.common.persistence.UpdateTimes;
import org.fabrique.common.search.SearchDocument;
import org.fabrique.common.search.SearchSource;
import org.fabrique.common.search.SortKeys;

/** Events for the search index: the description (or place) as excerpt, the latest first. */
@ApplicationScoped
public class EventSearchSource implements SearchSource {
    private final EventRepository repository;

    public EventSearchSource(EventRepository repository) {
        this.repository = repository;
    }

    @Override
    public String type() {
        return "event";
    }

    @Override
    public Instant latestUpdate() {
        return UpdateTimes.latest(repository.getEntityManager(), "Event");
    }

    @Override
    public long count() {
        return repository.count();
    }

    @Override
    public List<RowVersion> updatedSince(Instant since) {
        return UpdateTimes.since(repository.getEntityManager(), "Event", since);
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

    @Override
    public long localCommits() {
        return CommittedWrites.count(Event.class);
    }
}
