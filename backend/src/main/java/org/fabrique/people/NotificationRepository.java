package org.fabrique.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fabrique.common.persistence.ChangeLogCursors;

/** Notifications, and what the notifier reads of the change log (native SQL, typed records out). */
@ApplicationScoped
public class NotificationRepository {
    private final EntityManager em;

    public NotificationRepository(EntityManager em) {
        this.em = em;
    }

    /** A publication read from the change log: a note or testimony that became public. */
    public record Publication(long changeId, String tx, String entity, long entityId, String slug) {}

    public record Row(
            long id, String kind, String title, String link, OffsetDateTime createdAt, OffsetDateTime readAt) {}

    /** The last change the notifier may read now (for the cursor), or empty when none is new. */
    @SuppressWarnings("unchecked")
    public Optional<ChangeLogCursors.Cursor> lastReadable(ChangeLogCursors.Cursor after, int limit) {
        List<Tuple> rows = em.createNativeQuery(
                        "select cast(tx as text) as tx, id from (select c.tx, c.id"
                                + " from change_log c where (c.tx, c.id) > (cast(:tx as xid8), :id)"
                                + " and c.tx < pg_snapshot_xmin(pg_current_snapshot()) order by c.tx, c.id limit :limit) s"
                                + " order by s.tx desc, s.id desc limit 1",
                        Tuple.class)
                .setParameter("tx", after.tx())
                .setParameter("id", after.id())
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new ChangeLogCursors.Cursor(
                        r.get("tx", String.class), r.get("id", Number.class).longValue()));
    }

    /** Notes and testimonies that became public between the two cursors (V20's public view). */
    @SuppressWarnings("unchecked")
    public List<Publication> publications(ChangeLogCursors.Cursor after, ChangeLogCursors.Cursor upTo) {
        List<Tuple> rows = em.createNativeQuery(
                        "select c.id, cast(c.tx as text) as tx, c.entity, c.entity_id,"
                                + " c.public_slug as slug from change_log c"
                                + " where (c.tx, c.id) > (cast(:tx as xid8), :id) and (c.tx, c.id) <= (cast(:utx as xid8), :uid)"
                                + " and c.entity in ('note', 'testimony') and c.public_action = 'created'"
                                + " order by c.tx, c.id",
                        Tuple.class)
                .setParameter("tx", after.tx())
                .setParameter("id", after.id())
                .setParameter("utx", upTo.tx())
                .setParameter("uid", upTo.id())
                .getResultList();
        return rows.stream()
                .map(r -> new Publication(
                        r.get("id", Number.class).longValue(),
                        r.get("tx", String.class),
                        r.get("entity", String.class),
                        r.get("entity_id", Number.class).longValue(),
                        r.get("slug", String.class)))
                .toList();
    }

    /** Writes a notification; its id, or empty when this person already has one for this cause. */
    @SuppressWarnings("unchecked")
    public Optional<Long> insert(
            long accountId, String kind, String title, String link, Long changeId, String eventKey) {
        List<Number> ids = em.createNativeQuery(
                        "insert into notification (account_id, kind, title, link, change_id, event_key)"
                                + " values (:account, :kind, :title, :link, cast(:change as bigint), cast(:key as varchar))"
                                + " on conflict do nothing returning id")
                .setParameter("account", accountId)
                .setParameter("kind", kind)
                .setParameter("title", title.length() > 500 ? title.substring(0, 499) + "…" : title)
                .setParameter("link", link)
                .setParameter("change", changeId)
                .setParameter("key", eventKey)
                .getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    @SuppressWarnings("unchecked")
    public List<Row> page(long accountId, int page, int size) {
        List<Tuple> rows = em.createNativeQuery(
                        "select id, kind, title, link, created_at, read_at from notification"
                                + " where account_id = :account order by id desc offset :offset limit :size",
                        Tuple.class)
                .setParameter("account", accountId)
                .setParameter("offset", (long) page * size)
                .setParameter("size", size)
                .getResultList();
        return rows.stream().map(NotificationRepository::row).toList();
    }

    public long count(long accountId) {
        return ((Number) em.createNativeQuery("select count(*) from notification where account_id = :account")
                        .setParameter("account", accountId)
                        .getSingleResult())
                .longValue();
    }

    public long unread(long accountId) {
        return ((Number) em.createNativeQuery(
                                "select count(*) from notification where account_id = :account and read_at is null")
                        .setParameter("account", accountId)
                        .getSingleResult())
                .longValue();
    }

    /** Marks the given notifications of the account read (all when ids is empty). */
    public int markRead(long accountId, Collection<Long> ids) {
        String only = ids.isEmpty() ? "" : " and id = any(:ids)";
        var query = em.createNativeQuery("update notification set read_at = now() where account_id = :account"
                        + " and read_at is null" + only)
                .setParameter("account", accountId);
        if (!ids.isEmpty()) {
            query.setParameter("ids", ids.stream().mapToLong(Long::longValue).toArray());
        }
        return query.executeUpdate();
    }

    /** Accounts in the daily digest with notifications not digested yet. */
    @SuppressWarnings("unchecked")
    public List<Long> digestAccounts() {
        List<Number> ids = em.createNativeQuery("select distinct n.account_id from notification n"
                        + " join account a on a.id = n.account_id"
                        + " where n.digested_at is null and a.notification_mode = 'DAILY' and a.email is not null")
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** The undigested notifications of an account, oldest first, marked digested (in this transaction). */
    @SuppressWarnings("unchecked")
    public List<Row> takeUndigested(long accountId) {
        List<Tuple> rows = em.createNativeQuery(
                        "update notification set digested_at = now()"
                                + " where account_id = :account and digested_at is null"
                                + " returning id, kind, title, link, created_at, read_at",
                        Tuple.class)
                .setParameter("account", accountId)
                .getResultList();
        return rows.stream()
                .map(NotificationRepository::row)
                .sorted(java.util.Comparator.comparingLong(Row::id))
                .toList();
    }

    /** Marks one notification digested (an immediate mail was queued for it). */
    public void markDigested(long id) {
        em.createNativeQuery("update notification set digested_at = now() where id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    private static Row row(Tuple r) {
        return new Row(
                r.get("id", Number.class).longValue(),
                r.get("kind", String.class),
                r.get("title", String.class),
                r.get("link", String.class),
                time(r.get("created_at")),
                time(r.get("read_at")));
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected time " + value.getClass());
    }
}
