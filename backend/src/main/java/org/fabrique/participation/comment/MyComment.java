package org.fabrique.participation.comment;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.note.NoteRef;

/**
 * A comment of the signed-in member, as they see it in their own list: where it was posted and
 * whether it is published; nothing of the anti-spam screening or of the reports.
 */
@Schema(name = "MyComment")
public record MyComment(
        @Schema(examples = "42") long id,

        @Schema(description = "The note commented (null for a coalition)")
        NoteRef note,

        @Schema(description = "The coalition commented (null for a note)")
        CoalitionRef coalition,

        @Schema(description = "The comment answered, for a reply")
        Long parentId,

        @Schema(description = "Sanitised HTML; links carry rel=\"nofollow ugc noopener\"")
        String bodyHtml,

        @Schema(
                description =
                        "Shown to the public (approved and not hidden after reports); otherwise awaiting or refused by moderation")
        boolean published,

        OffsetDateTime createdAt) {}
