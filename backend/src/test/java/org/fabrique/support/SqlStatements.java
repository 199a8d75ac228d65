package org.fabrique.support;

import jakarta.persistence.EntityManagerFactory;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;

/**
 * Counts the SQL statements Hibernate prepares while a block runs (statistics are enabled in the
 * test profile). Used to prove that a list endpoint's query count does not grow with page size.
 */
public final class SqlStatements {
    private SqlStatements() {}

    public static long count(EntityManagerFactory emf, Runnable block) {
        var stats = emf.unwrap(SessionFactory.class).getStatistics();
        long before = stats.getPrepareStatementCount();
        block.run();
        return stats.getPrepareStatementCount() - before;
    }

    public static <T> long count(EntityManagerFactory emf, Supplier<T> block) {
        return count(emf, (Runnable) block::get);
    }
}
