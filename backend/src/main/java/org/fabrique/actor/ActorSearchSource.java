package org.fabrique.actor;

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

/** Actors for the search index: the description as excerpt, by name then slug. */
@ApplicationScoped
public class ActorSearchSource implements SearchSource {
    private final ActorRepository repository;

    public ActorSearchSource(ActorRepository repository) {
        this.repository = repository;
    }

    @Override
    public String type() {
        return "actor";
    }

    @Override
    public Instant latestUpdate() {
        return UpdateTimes.latest(repository.getEntityManager(), "Actor");
    }

    @Override
    public long count() {
        return repository.count();
    }

    @Override
    public List<RowVersion> updatedSince(Instant since) {
        return UpdateTimes.since(repository.getEntityManager(), "Actor", since);
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

    @Override
    public long localCommits() {
        return CommittedWrites.count(Actor.class);
    }
}
