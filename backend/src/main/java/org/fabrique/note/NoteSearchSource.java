package org.fabrique.note;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fabrique.common.search.EntitySearchSource;
import org.fabrique.common.search.SearchDocument;
import org.fabrique.common.search.SortKeys;

/** Notes for the search index: only published ones can be found, the latest first. */
@Singleton
public class NoteSearchSource extends EntitySearchSource<Note> {
    private final NoteRepository repository;

    public NoteSearchSource(NoteRepository repository) {
        super("note", Note.class, repository);
        this.repository = repository;
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
}
