package org.fabrique.participation.moderation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request for a link that erases the comments sent with an e-mail address. */
@Schema(name = "ErasureRequest")
public record ErasureRequest(
        @Schema(examples = "camille@example.org") @NotBlank @Size(max = 254) @Email
        String email,

        @Schema(
                description =
                        "Language of the mail (fr or en); the Accept-Language header otherwise, French by default",
                examples = "fr",
                enumeration = {"fr", "en"})
        @Pattern(regexp = "^(fr|en)$")
        String language) {}
