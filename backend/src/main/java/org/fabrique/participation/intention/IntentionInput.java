package org.fabrique.participation.intention;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coalition as someone proposes it (same anti-spam fields as comments). */
@Schema(name = "IntentionInput")
public record IntentionInput(
        @Schema(
                description = "The transformative intention, as the coalition's title",
                examples = "Pour des achats publics numériques responsables")
        @NotBlank
        @Size(max = 300)
        String title,

        @Schema(description = "Why, for whom; same HTML as comments, everything else removed") @Size(max = 4000)
        String description,

        @Schema(
                type = SchemaType.ARRAY,
                description = "Slugs of one to three axes the coalition would live in",
                examples = "[\"environnement\"]")
        @NotEmpty
        @Size(max = 3)
        List<@NotBlank @Size(max = 120) String> axes,

        @Schema(description = "Problems the coalition would face (up to ten)") @Size(max = 10)
        List<@NotBlank @Size(max = 300) String> problems,

        @Schema(description = "Kinds of allies sought (up to ten)", examples = "[\"collectivités\"]") @Size(max = 10)
        List<@NotBlank @Size(max = 200) String> allyKinds,

        @Schema(description = "Required unless signed in; tells the editors who proposes") @Size(max = 100)
        String authorName,

        @Schema(description = "To tell you what was decided; never shown; required unless signed in")
        @Size(max = 254)
        @Email
        String email,

        @Schema(description = "Honeypot: a hidden field that people leave empty") @Size(max = 500)
        String url,

        @Schema(description = "When the form was shown (ISO-8601); one anti-spam signal among others")
        OffsetDateTime formStartedAt) {}
