package org.fabrique.people;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something new on what the person follows, or that concerns them. */
@Schema(name = "Notification")
public record NotificationView(
        @Schema(examples = "42") long id,

        @Schema(
                description = "What happened: a note published (note), a testimony added (testimony), a"
                        + " comment published (comment), a coalition's new stage (stage), a new member"
                        + " (member), on what the person follows; a commitment request to decide"
                        + " (commitment-request, to the coalition's coordinators), the decision on one"
                        + " (commitment-confirmed, commitment-declined, to the accounts acting for the actor),"
                        + " a growing moderation queue (moderation, to the moderators), a proposed coalition"
                        + " (intention, to the editors; to a coalition's coordinators when one joins it), an"
                        + " invitation to join a coalition (invitation, to the accounts acting for the actor),"
                        + " the answer to one (invitation-accepted, invitation-refused, to the coordinators)",
                enumeration = {
                    "note",
                    "testimony",
                    "comment",
                    "stage",
                    "member",
                    "commitment-request",
                    "commitment-confirmed",
                    "commitment-declined",
                    "moderation",
                    "intention",
                    "invitation",
                    "invitation-accepted",
                    "invitation-refused"
                },
                examples = "note")
        String kind,

        @Schema(
                description = "What it is about: the note's or coalition's title, \"actor · coalition\" for"
                        + " memberships, the number waiting for moderation",
                examples = "Notes du Reset Day #4")
        String title,

        @Schema(description = "Path of the page in the app", examples = "/notes/notes-du-reset-day-4")
        String link,

        OffsetDateTime createdAt,

        @Schema(description = "When it was marked read; null while unread")
        OffsetDateTime readAt) {}
