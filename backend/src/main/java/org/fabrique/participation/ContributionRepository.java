package org.fabrique.participation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.ListQuery;

/**
 * The queries every kind of contribution answers the same way: a published one by id, an
 * author's earlier published contributions, a recent duplicate, the moderation queues, and the
 * contributions of an e-mail address or an account (for erasure).
 *
 * @param <E> the entity
 * @param <S> its statuses
 */
public abstract class ContributionRepository<E extends Contribution<S>, S extends Enum<S>> {
    private final Class<E> type;
    private final ContributionKind kind;
    private final S published;

    protected ContributionRepository(Class<E> type, ContributionKind kind, S published) {
        this.type = type;
        this.kind = kind;
        this.published = published;
    }

    /** Where a new contribution was sent (its page): the attribute and the id it holds. */
    public record Scope(String attribute, long id) {}

    /** The page a contribution (a draft not stored yet) is sent to. */
    protected abstract Scope scope(E contribution);

    /** The status of each queue (REPORTED: the status it excludes). */
    protected abstract S queueStatus(ModerationQueue queue);

    protected EntityManager em() {
        return Panache.getEntityManager(type);
    }

    public ContributionKind kind() {
        return kind;
    }

    /** A published contribution (the public sees no other). */
    public Optional<E> visible(long id) {
        return em().createQuery(
                        "select c from " + type.getSimpleName()
                                + " c where c.id = :id and c.status = :published and c.hidden = false",
                        type)
                .setParameter("id", id)
                .setParameter("published", published)
                .getResultStream()
                .findFirst();
    }

    /** The visible contribution, or a 404 naming its kind. */
    public E visibleOrThrow(long id) {
        return visible(id).orElseThrow(() -> DomainException.notFound(kind.label(), String.valueOf(id)));
    }

    /** True when this e-mail address (keyed hash) or account has a published contribution of this kind. */
    public boolean hasPublished(String emailHash, Long accountId) {
        if (accountId != null && countWhere("c.accountId = :who and c.status = :published", accountId) > 0) {
            return true;
        }
        return emailHash != null && countWhere("c.emailHash = :who and c.status = :published", emailHash) > 0;
    }

    private long countWhere(String condition, Object who) {
        return em().createQuery("select count(c) from " + type.getSimpleName() + " c where " + condition, Long.class)
                .setParameter("who", who)
                .setParameter("published", published)
                .getSingleResult();
    }

    /** An identical text sent recently on the same page, or by the same e-mail address anywhere. */
    public Optional<Long> duplicate(E draft, String contentHash, String emailHash, OffsetDateTime since) {
        Scope scope = scope(draft);
        String where = "c." + scope.attribute() + " = :target" + (emailHash == null ? "" : " or c.emailHash = :email");
        var query = em().createQuery(
                        "select c.id from " + type.getSimpleName()
                                + " c where c.contentHash = :content and c.createdAt >= :since and (" + where
                                + ") order by c.id",
                        Long.class)
                .setParameter("target", scope.id())
                .setParameter("content", contentHash)
                .setParameter("since", since)
                .setMaxResults(1);
        if (emailHash != null) {
            query.setParameter("email", emailHash);
        }
        return query.getResultStream().findFirst();
    }

    /** A page of a moderation queue, in order of creation. */
    public List<E> queue(ModerationQueue queue, PageRequest page) {
        String order = page.descending() ? " desc" : "";
        return queueQuery(queue).rows(em(), "c", type, "c.createdAt" + order + ", c.id" + order, page);
    }

    public long countQueue(ModerationQueue queue) {
        return queueQuery(queue).count(em());
    }

    private ListQuery queueQuery(ModerationQueue queue) {
        boolean reported = queue == ModerationQueue.REPORTED;
        return ListQuery.over(type, "c")
                .and(reported ? "c.status <> :status" : "c.status = :status", "status", queueStatus(queue))
                .andIf(
                        reported,
                        "(c.hidden = true or exists (select 1 from ContentReport r where r." + kind.reference()
                                + " = c.id and r.resolved = false))");
    }

    public List<E> byEmailHash(String emailHash) {
        return emailHash == null ? List.of() : listWhere("c.emailHash = :value", emailHash);
    }

    public List<E> byAccount(long accountId) {
        return listWhere("c.accountId = :value", accountId);
    }

    /** True when contributions (not erased) were sent with this e-mail address. */
    public boolean hasAnyOf(String emailHash) {
        return emailHash != null
                && em().createQuery(
                                        "select count(c) from " + type.getSimpleName()
                                                + " c where c.emailHash = :hash and c.erased = false",
                                        Long.class)
                                .setParameter("hash", emailHash)
                                .getSingleResult()
                        > 0;
    }

    /** The contributions with these ids, all of them: an unknown id is a 400 naming {@code ids}. */
    public List<E> allOf(Collection<Long> ids) {
        Set<Long> wanted = new LinkedHashSet<>(ids);
        List<E> found = wanted.isEmpty() ? List.of() : listWhere("c.id in :value", wanted);
        if (found.size() != wanted.size()) {
            Set<Long> missing = new LinkedHashSet<>(wanted);
            found.forEach(c -> missing.remove(c.getId()));
            throw DomainException.invalidField("ids", "unknown " + kind.plural() + " " + missing);
        }
        return found;
    }

    public Optional<E> byId(long id) {
        return Optional.ofNullable(em().find(type, id));
    }

    /** Stores a new contribution at once (its id is known after). */
    public void store(E contribution) {
        em().persist(contribution);
        em().flush();
    }

    public void flush() {
        em().flush();
    }

    private List<E> listWhere(String condition, Object value) {
        return em().createQuery("select c from " + type.getSimpleName() + " c where " + condition, type)
                .setParameter("value", value)
                .getResultList();
    }
}
