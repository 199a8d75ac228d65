package org.fabrique.webhook;

import java.time.OffsetDateTime;

/** A delivery as the repository reads it: the webhook_delivery row and its outbox message. */
public record DeliveryRow(
        long messageId,
        long subscriptionId,
        String eventType,
        int attempts,
        Integer lastStatus,
        String lastError,
        OffsetDateTime nextAttemptAt,
        OffsetDateTime lastAttemptAt,
        OffsetDateTime sentAt,
        OffsetDateTime deadAt,
        OffsetDateTime createdAt) {}
