package org.fabrique.people;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.List;

/** The follow table: who follows what (native SQL: rows without an entity of their own). */
@ApplicationScoped
public class FollowRepository {
    private EntityManager em() {
        return Panache.getEntityManager();
    }

    /** Adds a follow; true when it was new. */
    public boolean add(long accountId, FollowTarget type, long targetId) {
        return em().createNativeQuery(
                                "insert into follow (account_id, target_type, target_id) values (?1, ?2, ?3) on conflict do nothing")
                        .setParameter(1, accountId)
                        .setParameter(2, type.name())
                        .setParameter(3, targetId)
                        .executeUpdate()
                > 0;
    }

    public boolean remove(long accountId, FollowTarget type, long targetId) {
        return em().createNativeQuery(
                                "delete from follow where account_id = ?1 and target_type = ?2 and target_id = ?3")
                        .setParameter(1, accountId)
                        .setParameter(2, type.name())
                        .setParameter(3, targetId)
                        .executeUpdate()
                > 0;
    }

    @SuppressWarnings("unchecked")
    public List<FollowRow> of(long accountId) {
        List<Tuple> rows = em().createNativeQuery(
                        "select target_type, target_id, created_at from follow where account_id = ?1"
                                + " order by created_at desc, target_type, target_id",
                        Tuple.class)
                .setParameter(1, accountId)
                .getResultList();
        return rows.stream()
                .map(r -> new FollowRow(
                        FollowTarget.valueOf(r.get("target_type", String.class)),
                        r.get("target_id", Number.class).longValue(),
                        time(r.get("created_at"))))
                .toList();
    }

    private static java.time.OffsetDateTime time(Object value) {
        if (value instanceof java.time.OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    /** The accounts that follow any of the given targets of one type. */
    public List<Long> followers(FollowTarget type, Collection<Long> targetIds) {
        if (targetIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em().createNativeQuery(
                        "select distinct account_id from follow where target_type = ?1 and target_id = any(?2)")
                .setParameter(1, type.name())
                .setParameter(2, targetIds.stream().mapToLong(Long::longValue).toArray())
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    public boolean follows(long accountId, FollowTarget type, long targetId) {
        return !em().createNativeQuery(
                        "select 1 from follow where account_id = ?1 and target_type = ?2 and target_id = ?3")
                .setParameter(1, accountId)
                .setParameter(2, type.name())
                .setParameter(3, targetId)
                .getResultList()
                .isEmpty();
    }
}
