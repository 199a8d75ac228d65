package org.fabrique.webhook;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One delivery of one event to a subscription, as the delivery log shows it. */
@Schema(name = "WebhookDelivery")
public record DeliveryView(
        @Schema(description = "The delivery's id, sent as the webhook-id header (msg_<id>)", examples = "481")
        long id,

        @Schema(examples = "msg_481") String webhookId,
        @Schema(examples = "note.published") WebhookEventType eventType,
        DeliveryStatus status,

        @Schema(description = "Attempts made (since the last redelivery)", examples = "1")
        int attempts,

        @Schema(description = "HTTP status of the last answer, absent when none came", examples = "200")
        Integer lastStatusCode,

        @Schema(description = "Why the last attempt failed, in one line", examples = "connection refused")
        String lastError,

        @Schema(description = "When the next attempt is due (pending and failed deliveries)")
        OffsetDateTime nextAttemptAt,

        OffsetDateTime lastAttemptAt,
        OffsetDateTime deliveredAt,
        OffsetDateTime createdAt) {}
