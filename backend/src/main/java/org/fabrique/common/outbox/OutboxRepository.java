package org.fabrique.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The queries of the outbox (table outbox_message, V23). */
@ApplicationScoped
public class OutboxRepository {
    private final EntityManager em;

    public OutboxRepository(EntityManager em) {
        this.em = em;
    }

    /** Writes a message unless one with the same key exists; its id, or empty for a duplicate. */
    public Optional<Long> insert(String kind, String dedupKey, String payload) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("insert into outbox_message (kind, dedup_key, payload)"
                        + " values (:kind, :key, cast(:payload as jsonb))"
                        + " on conflict (dedup_key) do nothing returning id")
                .setParameter("kind", kind)
                .setParameter("key", dedupKey)
                .setParameter("payload", payload)
                .getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    /**
     * Claims due messages for this replica: counts the attempt and moves the next attempt beyond
     * the lease, so that no other replica takes them while they are sent. Rows another replica is
     * claiming at the same moment are skipped ({@code for update skip locked}).
     */
    @SuppressWarnings("unchecked")
    public List<OutboxMessage> claim(int limit, Duration lease) {
        List<Tuple> rows = em.createNativeQuery(
                        "update outbox_message m set attempts = m.attempts + 1, last_attempt_at = now(),"
                                + " next_attempt_at = now() + make_interval(secs => :lease)"
                                + " where m.id in (select id from outbox_message"
                                + " where sent_at is null and dead_at is null and next_attempt_at <= now()"
                                + " order by next_attempt_at, id limit :limit for update skip locked)"
                                + " returning m.id, m.kind, cast(m.payload as text) as payload, m.attempts",
                        Tuple.class)
                .setParameter("lease", (double) lease.toMillis() / 1000)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(r -> new OutboxMessage(
                        r.get("id", Number.class).longValue(),
                        r.get("kind", String.class),
                        r.get("payload", String.class),
                        r.get("attempts", Number.class).intValue()))
                .sorted(java.util.Comparator.comparingLong(OutboxMessage::id))
                .toList();
    }

    public void markSent(long id, Integer status) {
        em.createNativeQuery("update outbox_message set sent_at = now(), last_status = :status, last_error = null"
                        + " where id = :id and sent_at is null")
                .setParameter("status", status)
                .setParameter("id", id)
                .executeUpdate();
    }

    public void markFailed(long id, Integer status, String error, Duration retryIn) {
        em.createNativeQuery("update outbox_message set last_status = :status, last_error = :error,"
                        + " next_attempt_at = now() + make_interval(secs => :delay) where id = :id and sent_at is null")
                .setParameter("status", status)
                .setParameter("error", error)
                .setParameter("delay", (double) retryIn.toMillis() / 1000)
                .setParameter("id", id)
                .executeUpdate();
    }

    public void markDead(long id, Integer status, String error) {
        em.createNativeQuery("update outbox_message set last_status = :status, last_error = :error, dead_at = now()"
                        + " where id = :id and sent_at is null")
                .setParameter("status", status)
                .setParameter("error", error)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Makes a message that is not sent due now, with a fresh count of attempts; false when it was sent. */
    public boolean retryNow(long id) {
        return em.createNativeQuery("update outbox_message set dead_at = null, attempts = 0, next_attempt_at = now()"
                                + " where id = :id and sent_at is null")
                        .setParameter("id", id)
                        .executeUpdate()
                == 1;
    }

    public void delete(List<Long> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("delete from outbox_message where id in (:ids) and sent_at is null")
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
    }
}
