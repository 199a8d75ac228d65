package org.fabrique.common.cache;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Table;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Tells {@link ChangeFeed} which tables a transaction of this replica wrote, once it has committed,
 * so that this replica's caches forget them before the writer's next request (other replicas hear
 * of it through PostgreSQL's NOTIFY). A JPA listener of every audited entity.
 */
public class TableChanges {
    private static final String KEY = TableChanges.class.getName();

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        String table = tableOf(entity.getClass());
        if (table == null) {
            return;
        }
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null || registry.getTransactionKey() == null) {
            publish(Set.of(table));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> tables = (Set<String>) registry.getResource(KEY);
        if (tables != null) {
            tables.add(table);
            return;
        }
        Set<String> collected = new LinkedHashSet<>();
        collected.add(table);
        registry.putResource(KEY, collected);
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    publish(collected);
                }
            }
        });
    }

    /** True when the current transaction has written an entity (its changes are not committed yet). */
    static boolean pendingInCurrentTransaction() {
        TransactionSynchronizationRegistry registry = registry();
        return registry != null && registry.getTransactionKey() != null && registry.getResource(KEY) != null;
    }

    private static String tableOf(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Table table = c.getAnnotation(Table.class);
            if (table != null) {
                return table.name();
            }
        }
        return null;
    }

    private static void publish(Set<String> tables) {
        InstanceHandle<ChangeFeed> feed = Arc.container().instance(ChangeFeed.class);
        if (feed.isAvailable()) {
            feed.get().changed(tables);
        }
    }

    private static TransactionSynchronizationRegistry registry() {
        if (Arc.container() == null) {
            return null;
        }
        InstanceHandle<TransactionSynchronizationRegistry> handle =
                Arc.container().instance(TransactionSynchronizationRegistry.class);
        return handle.isAvailable() ? handle.get() : null;
    }
}
