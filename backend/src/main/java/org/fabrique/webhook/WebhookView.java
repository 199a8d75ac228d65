package org.fabrique.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription as its owner and administrators see it (never its secret). */
@Schema(name = "Webhook")
public record WebhookView(
        @Schema(examples = "12") long id,

        @Schema(examples = "https://partner.example.org/fabrique/webhooks")
        String targetUrl,

        @Schema(examples = "[\"note.published\"]") List<WebhookEventType> eventTypes,
        @Schema(examples = "true") boolean active,
        @Schema(examples = "Notes for our newsletter") String description,

        @Schema(description = "The account that owns the subscription", examples = "3")
        long ownerAccountId,

        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
