package org.fabrique.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Optional;

/**
 * The cursors of the readers of the change log (V19): a one-row table per reader holding the last
 * (transaction, id) it has processed. A reader locks its row for the transaction in which it reads
 * and moves it, so that one replica at a time reads, and nothing is read twice or skipped.
 */
@ApplicationScoped
public class ChangeLogCursors {
    /** A position in the change log's stable order. */
    public record Cursor(String tx, long id) {}

    /** The readers and their cursor tables. */
    public enum Reader {
        NOTIFIER("notification_cursor"),
        WEBHOOK_FAN_OUT("webhook_cursor");

        private final String table;

        Reader(String table) {
            this.table = table;
        }
    }

    private final EntityManager em;

    public ChangeLogCursors(EntityManager em) {
        this.em = em;
    }

    /** Locks the reader's cursor for this transaction; empty when another replica holds it. */
    @SuppressWarnings("unchecked")
    public Optional<Cursor> lock(Reader reader) {
        List<Tuple> rows = em.createNativeQuery(
                        "select cast(last_tx as text) as tx, last_id from " + reader.table + " where id = 1"
                                + " for update skip locked",
                        Tuple.class)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new Cursor(
                        r.get("tx", String.class),
                        r.get("last_id", Number.class).longValue()));
    }

    /** Moves the reader's cursor (locked by {@link #lock} in this transaction). */
    public void move(Reader reader, Cursor cursor) {
        em.createNativeQuery("update " + reader.table + " set last_tx = cast(:tx as xid8), last_id = :id,"
                        + " updated_at = now() where id = 1")
                .setParameter("tx", cursor.tx())
                .setParameter("id", cursor.id())
                .executeUpdate();
    }
}
