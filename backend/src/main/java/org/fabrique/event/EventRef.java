package org.fabrique.event;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event as other resources embed it; startsAt carries the offset of the event's time zone. */
@Schema(name = "EventRef")
public record EventRef(
        @Schema(examples = "reset-day-4") String slug,
        @Schema(examples = "Reset Day #4") String title,
        EventKind kind,
        @Schema(examples = "2020-04-21T09:30:00+02:00") OffsetDateTime startsAt,

        @Schema(readOnly = true, description = "The language of the title shown")
        org.fabrique.common.i18n.TextLanguages languages) {}
