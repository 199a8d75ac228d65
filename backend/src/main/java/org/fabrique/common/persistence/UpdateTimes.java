package org.fabrique.common.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Queries on the update times of an {@link AuditedEntity}, for read models kept in memory: both
 * walk the {@code (updated_at, id)} index of the table.
 */
public final class UpdateTimes {
    private UpdateTimes() {}

    /** The latest {@code updated_at} of the entity's table, null when it is empty. */
    public static Instant latest(EntityManager em, String entity) {
        OffsetDateTime latest = em.createQuery("select max(x.updatedAt) from " + entity + " x", OffsetDateTime.class)
                .getSingleResult();
        return latest == null ? null : latest.toInstant();
    }

    /** The rows updated after {@code since} (every row when null), with their update times. */
    public static List<RowVersion> since(EntityManager em, String entity, Instant since) {
        TypedQuery<Object[]> query = em.createQuery(
                "select x.id, x.updatedAt from " + entity + " x" + (since == null ? "" : " where x.updatedAt > :since"),
                Object[].class);
        if (since != null) {
            query.setParameter("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
        }
        List<Object[]> rows = query.getResultList();
        List<RowVersion> versions = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            versions.add(new RowVersion(((Number) row[0]).longValue(), ((OffsetDateTime) row[1]).toInstant()));
        }
        return versions;
    }
}
