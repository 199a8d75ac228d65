package org.fabrique.common.persistence;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.persistence.Entity;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts, per entity class, the transactions of this JVM that committed an insert, update or
 * delete of it. In-memory read models (the search index) compare the count with the one they were
 * built at, so that a request sees the writes that this instance committed before it, without
 * waiting for a database stamp that a concurrent transaction may hide.
 *
 * <p>Entities opt in with {@code @EntityListeners(CommittedWrites.Listener.class)}. The count goes
 * up after the commit (a transaction synchronization), never before: a reader that sees the new
 * count reads the committed rows.
 */
public final class CommittedWrites {
    private static final Map<Class<?>, AtomicLong> COUNTS = new ConcurrentHashMap<>();

    private CommittedWrites() {}

    /** The number of committed transactions that wrote this entity class in this JVM. */
    public static long count(Class<?> entity) {
        return counter(entity).get();
    }

    /** The number of committed writes of every counted entity class in this JVM. */
    public static long total() {
        long total = 0;
        for (AtomicLong count : COUNTS.values()) {
            total += count.get();
        }
        return total;
    }

    private static AtomicLong counter(Class<?> entity) {
        return COUNTS.computeIfAbsent(entity, k -> new AtomicLong());
    }

    static void written(Object entity) {
        Class<?> type = entityClass(entity.getClass());
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null || registry.getTransactionKey() == null) {
            counter(type).incrementAndGet();
            return;
        }
        String key = CommittedWrites.class.getName() + ":" + type.getName();
        if (registry.getResource(key) != null) {
            return;
        }
        registry.putResource(key, Boolean.TRUE);
        AtomicLong counter = counter(type);
        try {
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        counter.incrementAndGet();
                    }
                }
            });
        } catch (IllegalStateException e) {
            // Too late to register (should not happen): count now, a reader may then read
            // before the commit and rely on the database stamps instead.
            counter.incrementAndGet();
        }
    }

    /** The class annotated with {@code @Entity}, not a proxy or subclass generated for it. */
    private static Class<?> entityClass(Class<?> type) {
        Class<?> c = type;
        while (c != null && !c.isAnnotationPresent(Entity.class)) {
            c = c.getSuperclass();
        }
        return c == null ? type : c;
    }

    private static TransactionSynchronizationRegistry registry() {
        if (Arc.container() == null) {
            return null;
        }
        // A singleton in Quarkus: the handle needs no closing.
        InstanceHandle<TransactionSynchronizationRegistry> handle =
                Arc.container().instance(TransactionSynchronizationRegistry.class);
        return handle.isAvailable() ? handle.get() : null;
    }

    /** The JPA listener that feeds the counts. */
    public static class Listener {
        @PostPersist
        @PostUpdate
        @PostRemove
        void written(Object entity) {
            CommittedWrites.written(entity);
        }
    }
}
