package org.fabrique.coalition;

import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fabrique.common.search.EntitySearchSource;
import org.fabrique.common.search.SearchDocument;
import org.fabrique.common.search.SortKeys;

/** Coalitions for the search index: titled "#number title", the summary as excerpt, by number. */
@Singleton
public class CoalitionSearchSource extends EntitySearchSource<Coalition> {
    private final CoalitionRepository repository;

    public CoalitionSearchSource(CoalitionRepository repository) {
        super("coalition", Coalition.class, repository);
        this.repository = repository;
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
}
