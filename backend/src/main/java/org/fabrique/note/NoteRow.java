package org.fabrique.note;

import java.time.OffsetDateTime;

/** What a note list reads of each note: no body, no link (those come in one query per kind). */
public record NoteRow(
        long id,
        String slug,
        String title,
        String excerpt,
        Long eventId,
        NoteStatus status,
        OffsetDateTime publishedAt,
        boolean sample) {}
