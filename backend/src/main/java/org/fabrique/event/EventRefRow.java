package org.fabrique.event;

import java.time.OffsetDateTime;

/** What a reference to an event reads ({@link EventRepository#refRows}): no description. */
public record EventRefRow(
        long id, String slug, String title, EventKind kind, OffsetDateTime startsAt, String timeZone, String lang) {}
