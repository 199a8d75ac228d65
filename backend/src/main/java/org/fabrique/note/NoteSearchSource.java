package org.fabrique.note;

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

/** Notes for the search index: only published ones can be found, the latest first. */
@ApplicationScoped
public class NoteSearchSource implements SearchSource {
    private final NoteRepository repository;

    public NoteSearchSource(NoteRepository repository) {
        this.repository = repository;
    }

    @Override
    public String type() {
        return "note";
    }

    @Override
    public Instant latestUpdate() {
        return UpdateTimes.latest(repository.getEntityManager(), "Note");
    }

    @Override
    public long count() {
        return repository.count();
    }

    @Override
    public List<RowVersion> updatedSince(Instant since) {
        return UpdateTimes.since(repository.getEntityManager(), "Note", since);
    }

    @Override
    public List<SearchDocument> documents(Collection<Long> ids) {
        List<SearchDocument> documents = new ArrayList<>(ids.size());
        for (Object[] r : repository.searchRows(ids)) {
            long id = (Long) r[0];
            Instant updatedAt = ((OffsetDateTime) r[1]).toInstant();
            if (r[2] != NoteStatus.PUBLISHED) {
                documents.add(SearchDocument.hidden(id, updatedAt));
                continue;
            }
            OffsetDateTime publishedAt = (OffsetDateTime) r[3];
            documents.add(new SearchDocument(
                    id,
                    updatedAt,
                    true,
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (String) r[7],
                    (String) r[8],
                    SortKeys.latestFirst(publishedAt == null ? null : publishedAt.toInstant())
                            + SortKeys.descending(id)));
        }
        return documents;
    }

    @Override
    public long localCommits() {
        return CommittedWrites.count(Note.class);
    }
}
