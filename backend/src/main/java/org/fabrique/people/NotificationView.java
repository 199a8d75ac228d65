package org.fabrique.people;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something new on what the person follows. */
@Schema(name = "Notification")
public record NotificationView(
        @Schema(examples = "42") long id,

        @Schema(description = "note or testimony", examples = "note")
        String kind,

        @Schema(examples = "Nouvelle note : Notes du Reset Day #4")
        String title,

        @Schema(description = "Path of the page in the app", examples = "/notes/notes-du-reset-day-4")
        String link,

        OffsetDateTime createdAt,

        @Schema(description = "When it was marked read; null while unread")
        OffsetDateTime readAt) {}
