package org.fabrique.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Queries on the change log (migrations V19, V20). Only rows of transactions older than every
 * transaction still running are read (below {@code pg_snapshot_xmin}): no row can later appear
 * before them, so a cursor never skips a change that commits after it was handed out.
 */
@ApplicationScoped
public class ChangeLogRepository {
    private static final String VISIBLE_BOUND = "pg_snapshot_xmin(pg_current_snapshot())";

    private final EntityManager em;

    public ChangeLogRepository(EntityManager em) {
        this.em = em;
    }

    /** The current end of the readable log: every transaction below it has ended. */
    public ChangeCursor head() {
        Object xmin = em.createNativeQuery("select cast(" + VISIBLE_BOUND + " as text)")
                .getSingleResult();
        return new ChangeCursor(Long.parseLong(xmin.toString()), 0);
    }

    /** Up to {@code limit} visible changes after {@code after}, in (tx, id) order. */
    @SuppressWarnings("unchecked")
    public List<ChangeRow> after(ChangeCursor after, int limit) {
        List<Tuple> rows = em.createNativeQuery(
                        "select c.id, cast(c.tx as text) as tx, c.entity, c.entity_id, c.public_slug,"
                                + " c.previous_slug, c.public_action, c.changed_at, c.coalition_id from change_log c"
                                + " where c.public_action is not null"
                                + " and (c.tx, c.id) > (cast(cast(:tx as text) as xid8), :id)"
                                + " and c.tx < " + VISIBLE_BOUND
                                + " order by c.tx, c.id limit :limit",
                        Tuple.class)
                .setParameter("tx", Long.toString(after.tx()))
                .setParameter("id", after.id())
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(ChangeLogRepository::row).toList();
    }

    /** The last position removed by the retention purge, if any. */
    @SuppressWarnings("unchecked")
    public Optional<ChangeCursor> purgedThrough() {
        List<Tuple> rows = em.createNativeQuery(
                        "select cast(last_tx as text) as tx, last_id from change_log_purge where id = 1", Tuple.class)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(t -> new ChangeCursor(
                        Long.parseLong(t.get("tx").toString()), ((Number) t.get("last_id")).longValue()));
    }

    /**
     * Removes every row up to the last one changed before {@code cutoff} (in (tx, id) order, so
     * that what is left is a suffix of the log) and records that position.
     *
     * @return how many rows were removed
     */
    @SuppressWarnings("unchecked")
    public int purgeBefore(OffsetDateTime cutoff) {
        List<Tuple> last = em.createNativeQuery(
                        "select cast(c.tx as text) as tx, c.id from change_log c where c.changed_at < :cutoff"
                                + " and c.tx < " + VISIBLE_BOUND + " order by c.tx desc, c.id desc limit 1",
                        Tuple.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
        if (last.isEmpty()) {
            return 0;
        }
        String tx = last.get(0).get("tx").toString();
        long id = ((Number) last.get(0).get("id")).longValue();
        int removed = em.createNativeQuery(
                        "delete from change_log c where (c.tx, c.id) <= (cast(cast(:tx as text) as xid8), :id)")
                .setParameter("tx", tx)
                .setParameter("id", id)
                .executeUpdate();
        em.createNativeQuery("insert into change_log_purge (id, last_tx, last_id, purged_at)"
                        + " values (1, cast(cast(:tx as text) as xid8), :id, now())"
                        + " on conflict (id) do update set last_tx = excluded.last_tx, last_id = excluded.last_id,"
                        + " purged_at = excluded.purged_at"
                        + " where (change_log_purge.last_tx, change_log_purge.last_id)"
                        + " < (excluded.last_tx, excluded.last_id)")
                .setParameter("tx", tx)
                .setParameter("id", id)
                .executeUpdate();
        return removed;
    }

    private static ChangeRow row(Tuple t) {
        Number coalition = (Number) t.get("coalition_id");
        return new ChangeRow(
                ((Number) t.get("id")).longValue(),
                Long.parseLong(t.get("tx").toString()),
                (String) t.get("entity"),
                ((Number) t.get("entity_id")).longValue(),
                (String) t.get("public_slug"),
                (String) t.get("previous_slug"),
                (String) t.get("public_action"),
                time(t.get("changed_at")),
                coalition == null ? null : coalition.longValue());
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
