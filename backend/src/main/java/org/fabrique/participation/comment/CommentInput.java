package org.fabrique.participation.comment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.common.text.HttpUrls;

/**
 * A comment as a reader sends it. Anonymous readers give a name and an e-mail address (kept for
 * moderation only, never shown); a signed-in member comments under their account.
 */
@Schema(name = "CommentInput")
public record CommentInput(
        @Schema(description = "Shown with the comment; required unless signed in", examples = "Camille")
        @Size(max = 100)
        String authorName,

        @Schema(
                description = "For moderation only, never shown; required unless signed in",
                examples = "camille@example.org")
        @Size(max = 254)
        @Email
        String email,

        @Schema(description = "Optional http(s) address shown as the author's link (rel=nofollow ugc)")
        @Size(max = 500)
        @Pattern(regexp = HttpUrls.PATTERN, message = "{fabrique.url.http}")
        String website,

        @Schema(
                description =
                        "The text; only a[href,title] abbr acronym b blockquote[cite] cite code del em i q s strike"
                                + " strong are kept, everything else is removed",
                examples = "Merci pour ce <b>compte rendu</b> !")
        @NotBlank
        @Size(max = 5000)
        String body,

        @Schema(description = "Id of the comment this one answers (one level of replies)")
        Long parentId,

        @Schema(description = "Honeypot: a hidden field that people leave empty") @Size(max = 500)
        String url,

        @Schema(
                description = "When the form was shown (ISO-8601). Submissions less than a few seconds later are spam;"
                        + " a bot can forge it, so it is one signal among others")
        OffsetDateTime formStartedAt) {}
