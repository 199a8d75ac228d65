package org.fabrique.search;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.fabrique.common.persistence.RowVersion;
import org.fabrique.common.search.SearchDocument;
import org.fabrique.common.search.SearchSource;
import org.jboss.logging.Logger;

/**
 * The in-memory search index: one immutable {@link TypeIndex} per searchable type, fed by the
 * features' {@link SearchSource}s and kept up to date from the database.
 *
 * <p>Freshness, on every search of a type:
 *
 * <ul>
 *   <li>It reads the number of local commits (in memory) and the type's stamp, the latest
 *       {@code updated_at} (one index lookup, shared by the searches of the same 100 ms).
 *   <li>When this instance committed a write of the type since the snapshot, the search waits for
 *       a refresh: a request sees every write its instance committed before it.
 *   <li>When only the stamp moved (a write by another instance), or when a second has passed,
 *       one request refreshes while the others keep the previous snapshot.
 *   <li>A refresh lists the rows updated since the previous stamp, or since its previous read
 *       minus {@link #OVERLAP} when that is earlier (a transaction that committed late with an
 *       earlier {@code updated_at}), reloads those whose update time differs, then compares the
 *       row count with the database and drops the rows that are gone (deletions).
 *   <li>The overlap window is re-read at least every 30 s even when nothing else moved.
 * </ul>
 */
@ApplicationScoped
public class SearchIndex {
    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    /** Longer than the transaction timeout (60 s), so that a late commit is still in the window. */
    static final Duration OVERLAP = Duration.ofMinutes(2);

    private static final long STAMP_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long CHECK_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long OVERLAP_READ_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final int BATCH = 500;
    private static final int DICTIONARY_SLACK = 50_000;

    private final Map<String, Shard> shards = new LinkedHashMap<>();

    public SearchIndex(@All List<SearchSource> sources) {
        for (SearchSource source : sources) {
            shards.put(source.type(), new Shard(source));
        }
    }

    /** The types that have a source, in no particular order. */
    Set<String> types() {
        return shards.keySet();
    }

    /** The index of a type, holding at least every write this instance committed before the call. */
    TypeIndex current(String type) {
        Shard shard = shards.get(type);
        if (shard == null) {
            throw new IllegalStateException("no search source for type " + type);
        }
        return shard.current();
    }

    /** Builds every type's index (at start-up, in the background; a search meanwhile waits). */
    @ActivateRequestContext
    public void warm() {
        for (Shard shard : shards.values()) {
            shard.current();
        }
    }

    private record Published(TypeIndex index, Instant stamp, long localCommits) {}

    private static final class Shard {
        private final SearchSource source;
        private final ReentrantLock lock = new ReentrantLock();
        private volatile Published published;
        /** {@link System#nanoTime()} of the last refresh (count check). */
        private volatile long checkedAt;
        /** The latest stamp read, and when ({@link System#nanoTime()}). */
        private volatile Instant stamp;

        private volatile long stampReadAt = System.nanoTime() - STAMP_NANOS;

        // Only touched by the thread holding the lock.
        private DocumentTable table;
        /** When the last read of changed rows started (wall clock, compared with updated_at). */
        private Instant lastRead;
        /** {@link System#nanoTime()} of the last read of changed rows. */
        private long lastReadAt;

        Shard(SearchSource source) {
            this.source = source;
        }

        TypeIndex current() {
            // Local commits first: rows read after this include those commits.
            long local = source.localCommits();
            Instant stamp = stamp();
            Published p = published;
            if (p == null || p.localCommits() < local) {
                lock.lock();
                try {
                    if (published == null || published.localCommits() < local) {
                        refresh(local, stamp, true);
                    }
                } finally {
                    lock.unlock();
                }
            } else if (due(p, stamp) && lock.tryLock()) {
                try {
                    if (due(published, stamp)) {
                        refresh(local, stamp, false);
                    }
                } finally {
                    lock.unlock();
                }
            }
            return published.index();
        }

        /**
         * The latest update time, read at most every {@link #STAMP_NANOS}: at 200 searches a second
         * that is 10 queries instead of 200. Local writes do not wait for it (local commits).
         */
        private Instant stamp() {
            long now = System.nanoTime();
            if (now - stampReadAt >= STAMP_NANOS) {
                stamp = source.latestUpdate();
                stampReadAt = now;
            }
            return stamp;
        }

        private boolean due(Published p, Instant stamp) {
            return !Objects.equals(stamp, p.stamp()) || System.nanoTime() - checkedAt >= CHECK_NANOS;
        }

        private void refresh(long local, Instant stamp, boolean localWrite) {
            long now = System.nanoTime();
            Instant started = Instant.now();
            Published previous = published;
            boolean full = table == null;
            boolean changed;
            if (full) {
                DocumentTable fresh = new DocumentTable();
                load(fresh, source.updatedSince(null));
                table = fresh;
                lastRead = started;
                lastReadAt = now;
                changed = true;
            } else {
                changed = false;
                if (localWrite
                        || previous == null
                        || !Objects.equals(stamp, previous.stamp())
                        || now - lastReadAt >= OVERLAP_READ_NANOS) {
                    changed = load(table, source.updatedSince(since(previous)));
                    lastRead = started;
                    lastReadAt = now;
                }
                if (source.count() != table.rows()) {
                    changed |= reconcile(source.updatedSince(null));
                }
            }
            TypeIndex index = changed || previous == null ? table.snapshot(source.type()) : previous.index();
            if (full) {
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - now);
                LOG.infof(
                        "Search index of %s %s in %d ms: %d rows, %d searchable, %d words; about %d KB"
                                + " (snapshot %d KB, word lists kept for refreshes %d KB)",
                        source.type(),
                        previous == null ? "built" : "rebuilt",
                        millis,
                        table.rows(),
                        index.documents(),
                        index.words(),
                        (index.bytes() + table.bytes()) / 1024,
                        index.bytes() / 1024,
                        table.bytes() / 1024);
            } else if (changed && LOG.isDebugEnabled()) {
                LOG.debugf(
                        "Search index of %s refreshed in %d ms: %d rows, %d searchable",
                        source.type(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - now),
                        table.rows(),
                        index.documents());
            }
            if (table.dictionarySize() > DICTIONARY_SLACK && table.dictionarySize() > 2 * index.words()) {
                // Words of replaced texts pile up in the dictionary: reload from scratch next time.
                table = null;
            }
            checkedAt = now;
            published = new Published(index, stamp, local);
        }

        /**
         * Where the read of changed rows starts: after the previous stamp (rows written since), or
         * {@link #OVERLAP} before the previous read when that is earlier (a transaction that
         * committed after that read with an earlier {@code updated_at}); null reads every row.
         */
        private Instant since(Published previous) {
            if (previous == null || previous.stamp() == null) {
                return null;
            }
            Instant window = lastRead.minus(OVERLAP);
            return previous.stamp().isBefore(window) ? previous.stamp() : window;
        }

        /** Loads the rows whose update time differs from the table's; true when any did. */
        private boolean load(DocumentTable into, List<RowVersion> rows) {
            List<Long> wanted = new ArrayList<>();
            for (RowVersion row : rows) {
                if (!row.updatedAt().equals(into.updatedAt(row.id()))) {
                    wanted.add(row.id());
                }
            }
            for (int from = 0; from < wanted.size(); from += BATCH) {
                List<Long> batch = wanted.subList(from, Math.min(wanted.size(), from + BATCH));
                Set<Long> gone = new HashSet<>(batch);
                for (SearchDocument document : source.documents(batch)) {
                    into.put(document);
                    gone.remove(document.id());
                }
                gone.forEach(into::remove);
            }
            return !wanted.isEmpty();
        }

        /** Makes the table hold exactly these rows (every row of the type). */
        private boolean reconcile(List<RowVersion> all) {
            Set<Long> gone = table.ids();
            for (RowVersion row : all) {
                gone.remove(row.id());
            }
            gone.forEach(table::remove);
            return load(table, all) || !gone.isEmpty();
        }
    }
}
