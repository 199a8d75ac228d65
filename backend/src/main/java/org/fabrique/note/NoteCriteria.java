package org.fabrique.note;

import java.util.List;
import java.util.Set;

/** Filters of the note list, resolved to ids; a null field does not filter. */
public record NoteCriteria(
        Set<NoteStatus> statuses,
        Long eventId,
        Long coalitionId,
        Long axisId,
        Set<Long> territoryIds,
        List<String> terms) {}
