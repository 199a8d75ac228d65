package org.fabrique.sync;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Removes the change log's rows older than {@code fabrique.sync.retention} (30 days by default),
 * every {@code fabrique.sync.purge-every} (1 hour). Every replica runs it; it is idempotent.
 */
@ApplicationScoped
public class ChangeLogPurge {
    private static final Logger LOG = Logger.getLogger(ChangeLogPurge.class);

    private final ChangesService changes;

    public ChangeLogPurge(ChangesService changes) {
        this.changes = changes;
    }

    @Scheduled(
            identity = "change-log-purge",
            every = "${fabrique.sync.purge-every:1h}",
            delayed = "${fabrique.sync.purge-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        int removed = changes.purge();
        if (removed > 0) {
            LOG.infof("Change log: %d rows older than the retention removed", removed);
        }
    }
}
