package org.fabrique.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * PostgreSQL's plan of a query, with sorting switched off for the planner: a plan that still holds
 * a Sort node has no index that gives the rows in the order asked, and would sort the whole table
 * once it is large (the test data is too small for the planner to show it otherwise).
 */
public final class QueryPlans {
    private QueryPlans() {}

    public static String withoutSorting(EntityManager em, String sql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("set local enable_sort = off").executeUpdate();
            @SuppressWarnings("unchecked")
            List<String> lines = em.createNativeQuery("explain " + sql).getResultList();
            return String.join("\n", lines);
        });
    }
}
