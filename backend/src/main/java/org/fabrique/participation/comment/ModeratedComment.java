package org.fabrique.participation.comment;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.note.NoteRef;
import org.fabrique.participation.report.ReportView;
import org.fabrique.participation.submission.SpamDecisionView;

/** A comment as moderators see it: with the author's e-mail, the spam decisions and open reports. */
@Schema(name = "ModeratedComment")
public record ModeratedComment(
        long id,

        @Schema(description = "Id of the note commented (null for a coalition)")
        Long noteId,

        @Schema(description = "The note commented (null for a coalition)")
        NoteRef note,

        @Schema(description = "The coalition commented (null for a note)")
        CoalitionRef coalition,

        Long parentId,
        String authorName,
        @Schema(description = "For moderation only") String email,
        String website,
        boolean member,
        String bodyHtml,
        CommentStatus status,

        @Schema(description = "Hidden after reports until a moderator decides")
        boolean hidden,

        boolean erased,
        String moderationReason,
        List<SpamDecisionView> spamDecisions,
        List<ReportView> reports,
        OffsetDateTime createdAt) {}
