package org.fabrique.note;

import java.time.OffsetDateTime;
import org.fabrique.common.paging.ListCursor;
import org.fabrique.common.paging.Stamped;

/** What a note list reads of each note: no body, no link (those come in one query per kind). */
public record NoteRow(
        long id,
        String slug,
        String title,
        String excerpt,
        Long eventId,
        NoteStatus status,
        OffsetDateTime publishedAt,
        boolean sample,
        OffsetDateTime updatedAt,
        String lang)
        implements Stamped {

    @Override
    public ListCursor stamp() {
        return new ListCursor(updatedAt, id);
    }
}
