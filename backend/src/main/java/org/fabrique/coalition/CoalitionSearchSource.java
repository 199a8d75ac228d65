package org.fabrique.coalition;

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

/** Coalitions for the search index: titled "#number title", the summary as excerpt, by number. */
@ApplicationScoped
public class CoalitionSearchSource implements SearchSource {
    private final CoalitionRepository repository;

    public CoalitionSearchSource(CoalitionRepository repository) {
        this.repository = repository;
    }

    @Override
    public String type() {
        return "coalition";
    }

    @Override
    public Instant latestUpdate() {
        return UpdateTimes.latest(repository.getEntityManager(), "Coalition");
    }

    @Override
    public long count() {
        return repository.count();
    }

    @Override
    public List<RowVersion> updatedSince(Instant since) {
        return UpdateTimes.since(repository.getEntityManager(), "Coalition", since);
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> ids) {
        List<SearchDocument> documents = new ArrayList<>(ids.size());
        for (Object[] r : repository.searchRows(ids)) {
            int number = (Integer) r[3];
            documents.add(new SearchDocument(
                    (Long) r[0],
                    ((OffsetDateTime) r[1]).toInstant(),
                    true,
                    (String) r[2],
                    "#" + number + " " + r[4],
                    CoalitionService.clip((String) r[5], CoalitionService.EXCERPT),
                    (String) r[6],
                    (String) r[7],
                    SortKeys.ascending(number)));
        }
        return documents;
    }

    @Override
    public long localCommits() {
        return CommittedWrites.count(Coalition.class);
    }
}
