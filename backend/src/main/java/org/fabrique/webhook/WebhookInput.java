package org.fabrique.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a partner or an administrator sends to create or replace a webhook subscription. */
@Schema(name = "WebhookInput")
public record WebhookInput(
        @Schema(
                description = "Where deliveries are POSTed: an https URL of a public host (in production)",
                examples = "https://partner.example.org/fabrique/webhooks")
        @NotBlank
        @Size(max = 2000)
        String targetUrl,

        @Schema(description = "The events to deliver", examples = "[\"note.published\", \"note.updated\"]")
        @NotEmpty
        @Size(max = 40)
        Set<@NotNull WebhookEventType> eventTypes,

        @Schema(description = "Whether deliveries are made (default true)", examples = "true")
        Boolean active,

        @Schema(description = "A note for the subscriber", examples = "Notes for our newsletter") @Size(max = 500)
        String description) {}
