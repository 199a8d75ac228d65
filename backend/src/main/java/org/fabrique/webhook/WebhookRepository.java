package org.fabrique.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.fabrique.common.paging.PageRequest;

/** Subscriptions and their delivery log (tables webhook_subscription, webhook_delivery, outbox_message). */
@ApplicationScoped
public class WebhookRepository implements PanacheRepository<WebhookSubscription> {
    private static final String DELIVERY_SELECT = "select d.message_id, d.subscription_id, d.event_type, m.attempts,"
            + " m.last_status, m.last_error, m.next_attempt_at, m.last_attempt_at, m.sent_at, m.dead_at,"
            + " m.created_at from webhook_delivery d join outbox_message m on m.id = d.message_id";

    /** A page of subscriptions, all of them or those of one owner, the oldest first. */
    public List<WebhookSubscription> page(Long ownerAccountId, PageRequest page) {
        return (ownerAccountId == null ? findAll(Sort.by("id")) : find("ownerAccountId", Sort.by("id"), ownerAccountId))
                .page(page.page(), page.size())
                .list();
    }

    public long countOwned(Long ownerAccountId) {
        return ownerAccountId == null ? count() : count("ownerAccountId", ownerAccountId);
    }

    /** The deliveries of a subscription, the newest first. */
    @SuppressWarnings("unchecked")
    public List<DeliveryRow> deliveries(long subscriptionId, PageRequest page) {
        List<Tuple> rows = getEntityManager()
                .createNativeQuery(
                        DELIVERY_SELECT + " where d.subscription_id = :id order by d.message_id desc"
                                + " limit :limit offset :offset",
                        Tuple.class)
                .setParameter("id", subscriptionId)
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
        return rows.stream().map(WebhookRepository::delivery).toList();
    }

    public long countDeliveries(long subscriptionId) {
        return ((Number) getEntityManager()
                        .createNativeQuery("select count(*) from webhook_delivery where subscription_id = :id")
                        .setParameter("id", subscriptionId)
                        .getSingleResult())
                .longValue();
    }

    @SuppressWarnings("unchecked")
    public Optional<DeliveryRow> delivery(long subscriptionId, long messageId) {
        List<Tuple> rows = getEntityManager()
                .createNativeQuery(
                        DELIVERY_SELECT + " where d.subscription_id = :id and d.message_id = :message", Tuple.class)
                .setParameter("id", subscriptionId)
                .setParameter("message", messageId)
                .getResultList();
        return rows.stream().findFirst().map(WebhookRepository::delivery);
    }

    /** The outbox messages of a subscription's deliveries that are not sent yet. */
    @SuppressWarnings("unchecked")
    public List<Long> unsentMessageIds(long subscriptionId) {
        List<Number> ids = getEntityManager()
                .createNativeQuery("select d.message_id from webhook_delivery d join outbox_message m"
                        + " on m.id = d.message_id where d.subscription_id = :id and m.sent_at is null")
                .setParameter("id", subscriptionId)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private static DeliveryRow delivery(Tuple r) {
        return new DeliveryRow(
                r.get("message_id", Number.class).longValue(),
                r.get("subscription_id", Number.class).longValue(),
                r.get("event_type", String.class),
                r.get("attempts", Number.class).intValue(),
                r.get("last_status") == null
                        ? null
                        : r.get("last_status", Number.class).intValue(),
                r.get("last_error", String.class),
                time(r, "next_attempt_at"),
                time(r, "last_attempt_at"),
                time(r, "sent_at"),
                time(r, "dead_at"),
                time(r, "created_at"));
    }

    static OffsetDateTime time(Tuple r, String column) {
        Object value = r.get(column);
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
