package org.fabrique.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;

/** Builds the views of subscriptions and deliveries. */
@ApplicationScoped
public class WebhookMapper {
    public WebhookView view(WebhookSubscription s) {
        return new WebhookView(
                s.getId(),
                s.getTargetUrl(),
                s.getEventTypes().stream()
                        .sorted(Comparator.comparing(Enum::ordinal))
                        .toList(),
                s.isActive(),
                s.getDescription(),
                s.getOwnerAccountId(),
                s.getCreatedAt(),
                s.getUpdatedAt());
    }

    public DeliveryView delivery(DeliveryRow row) {
        DeliveryStatus status;
        if (row.sentAt() != null) {
            status = DeliveryStatus.DELIVERED;
        } else if (row.deadAt() != null) {
            status = DeliveryStatus.DEAD;
        } else if (row.attempts() > 0) {
            status = DeliveryStatus.FAILED;
        } else {
            status = DeliveryStatus.PENDING;
        }
        boolean waiting = status == DeliveryStatus.PENDING || status == DeliveryStatus.FAILED;
        return new DeliveryView(
                row.messageId(),
                WebhookSender.webhookId(row.messageId()),
                WebhookEventType.valueOf(row.eventType()),
                status,
                row.attempts(),
                row.lastStatus(),
                row.lastError(),
                waiting ? row.nextAttemptAt() : null,
                row.lastAttemptAt(),
                row.sentAt(),
                row.createdAt());
    }
}
