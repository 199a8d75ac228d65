package org.fabrique.participation.comment;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published comment with its published replies (never an e-mail or client address). */
@Schema(name = "Comment")
public record CommentView(
        @Schema(examples = "42") long id,

        @Schema(description = "The comment answered, for a reply")
        Long parentId,

        @Schema(examples = "Camille") String authorName,

        @Schema(description = "The author's website (render with rel=\"nofollow ugc noopener\")")
        String authorWebsite,

        @Schema(description = "Written by a signed-in member")
        boolean member,

        @Schema(description = "Sanitised HTML; links carry rel=\"nofollow ugc noopener\"")
        String bodyHtml,

        @Schema(description = "The author had the comment erased: the body is a neutral marker")
        boolean erased,

        OffsetDateTime createdAt,

        @Schema(description = "Published replies, oldest first (top-level comments only)")
        List<CommentView> replies) {}
