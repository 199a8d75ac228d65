package org.fabrique.participation.suggestion;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fabrique.actor.ActorKind;
import org.fabrique.common.text.HttpUrls;

/** A missing subject or potential ally as a reader proposes it (same anti-spam fields as comments). */
@Schema(name = "SuggestionInput")
public record SuggestionInput(
        @Schema(examples = "POTENTIAL_ALLY") @NotNull SuggestionKind kind,

        @Schema(description = "The subject, or the ally's name", examples = "Fresque du Numérique")
        @NotBlank
        @Size(max = 200)
        String title,

        @Schema(description = "Why; same HTML as comments, everything else removed") @Size(max = 4000)
        String description,

        @Schema(description = "The ally's website")
        @Size(max = 500)
        @Pattern(regexp = HttpUrls.PATTERN, message = "{fabrique.url.http}")
        String website,

        @Schema(description = "The ally's kind, if known") ActorKind actorKind,

        @Schema(description = "Required unless signed in (never shown)") @Size(max = 100)
        String authorName,

        @Schema(description = "For moderation only, never shown; required unless signed in") @Size(max = 254) @Email
        String email,

        @Schema(description = "Honeypot: a hidden field that people leave empty") @Size(max = 500)
        String url,

        @Schema(description = "When the form was shown (ISO-8601); one anti-spam signal among others")
        OffsetDateTime formStartedAt) {}
