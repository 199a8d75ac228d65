package org.fabrique.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fabrique.common.persistence.ChangeLogCursors;

/**
 * The fan-out's queries: the change log it reads (change_log, V19,
 * read only), what it announced (webhook_announced) and the deliveries it writes.
 */
@ApplicationScoped
public class FanOutRepository {
    private final EntityManager em;

    public FanOutRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Changes after the cursor, in their stable order, of transactions older than every one still
     * running (V19: none can later appear below that bound).
     */
    @SuppressWarnings("unchecked")
    public List<ChangeRow> changesAfter(ChangeLogCursors.Cursor cursor, int limit) {
        List<Tuple> rows = em.createNativeQuery(
                        "select c.id, cast(c.tx as text) as tx, c.entity, c.entity_id, c.slug, c.action,"
                                + " c.changed_at, exists (select 1 from change_log d where d.entity = c.entity"
                                + " and d.entity_id = c.entity_id and d.action = 'deleted') as gone"
                                + " from change_log c where (c.tx, c.id) > (cast(:tx as xid8), :id)"
                                + " and c.tx < pg_snapshot_xmin(pg_current_snapshot())"
                                + " order by c.tx, c.id limit :limit",
                        Tuple.class)
                .setParameter("tx", cursor.tx())
                .setParameter("id", cursor.id())
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(r -> new ChangeRow(
                        r.get("id", Number.class).longValue(),
                        r.get("tx", String.class),
                        r.get("entity", String.class),
                        r.get("entity_id", Number.class).longValue(),
                        r.get("slug", String.class),
                        r.get("action", String.class),
                        WebhookRepository.time(r, "changed_at"),
                        r.get("gone", Boolean.class)))
                .toList();
    }

    /** Which of these entities were announced (as "entity:id"). */
    @SuppressWarnings("unchecked")
    public Set<String> announced(Collection<ChangeRow> changes) {
        if (changes.isEmpty()) {
            return Set.of();
        }
        List<String> keys =
                changes.stream().map(FanOutRepository::key).distinct().toList();
        List<String> found = em.createNativeQuery("select entity || ':' || entity_id from webhook_announced"
                        + " where entity || ':' || entity_id in (:keys)")
                .setParameter("keys", keys)
                .getResultList();
        return new HashSet<>(found);
    }

    public void announce(String entity, long entityId) {
        em.createNativeQuery("insert into webhook_announced (entity, entity_id) values (:entity, :id)"
                        + " on conflict do nothing")
                .setParameter("entity", entity)
                .setParameter("id", entityId)
                .executeUpdate();
    }

    public void forget(String entity, long entityId) {
        em.createNativeQuery("delete from webhook_announced where entity = :entity and entity_id = :id")
                .setParameter("entity", entity)
                .setParameter("id", entityId)
                .executeUpdate();
    }

    /** The active subscriptions to this event type. */
    @SuppressWarnings("unchecked")
    public List<Long> activeSubscriptions(WebhookEventType type) {
        List<Number> ids = em.createNativeQuery("select s.id from webhook_subscription s"
                        + " join webhook_subscription_event e on e.subscription_id = s.id"
                        + " where s.active and e.event_type = :type order by s.id")
                .setParameter("type", type.name())
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    public void insertDelivery(long messageId, long subscriptionId, WebhookEventType type, long changeId) {
        em.createNativeQuery("insert into webhook_delivery (message_id, subscription_id, event_type, change_id)"
                        + " values (:message, :subscription, :type, :change)")
                .setParameter("message", messageId)
                .setParameter("subscription", subscriptionId)
                .setParameter("type", type.name())
                .setParameter("change", changeId)
                .executeUpdate();
    }

    static String key(ChangeRow change) {
        return change.entity() + ":" + change.entityId();
    }
}
