package org.fabrique.account;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fabrique.common.search.SearchQuery;

@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {
    public Optional<Account> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    /**
     * The accounts whose name or username holds the words typed, in order (accents and case folded,
     * as the lists' titles), by id; every account when no word is typed.
     */
    PanacheQuery<Account> matching(String text) {
        SearchQuery query = SearchQuery.of(text == null ? "" : text);
        if (query.isEmpty()) {
            return findAll(Sort.by("id"));
        }
        return find(
                "cast(function('fabrique_fold', displayName) as String) like ?1"
                        + " or cast(function('fabrique_fold', username) as String) like ?1",
                Sort.by("id"),
                query.titlePattern());
    }

    /** Keeps the realm roles of an account as its token says (no version change: not an edit). */
    public void updateRoles(long accountId, String roles) {
        getEntityManager()
                .createNativeQuery("update account set roles = :roles where id = :id")
                .setParameter("roles", roles)
                .setParameter("id", accountId)
                .executeUpdate();
    }

    /** Accounts whose last token carried this realm role. */
    @SuppressWarnings("unchecked")
    public List<Long> idsWithRole(String role) {
        List<Number> ids = getEntityManager()
                .createNativeQuery("select id from account where ',' || roles || ',' like :pattern order by id")
                .setParameter("pattern", "%," + role + ",%")
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Accounts that act for this actor. */
    @SuppressWarnings("unchecked")
    public List<Long> idsActingFor(long actorId) {
        List<Number> ids = getEntityManager()
                .createNativeQuery("select account_id from account_actor where actor_id = :actor order by account_id")
                .setParameter("actor", actorId)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Remembers a deleted account's subject (hashed) for a day; forgets older ones. */
    /** The history keeps what a deleted account changed, but no longer who it was. */
    public void anonymiseRevisions(String subject) {
        getEntityManager()
                .createNativeQuery(
                        "update revision set author_subject = null, author_name = null, author_deleted = true"
                                + " where author_subject = :subject")
                .setParameter("subject", subject)
                .executeUpdate();
    }

    public List<Account> findBySubjects(Collection<String> subjects) {
        return list("subject in ?1", subjects);
    }

    public void rememberDeleted(String subject) {
        getEntityManager()
                .createNativeQuery("delete from deleted_account where deleted_at < now() - interval '1 day'")
                .executeUpdate();
        getEntityManager()
                .createNativeQuery("insert into deleted_account (subject_hash) values (:hash) on conflict do nothing")
                .setParameter("hash", hash(subject))
                .executeUpdate();
    }

    /** True when this subject's account was deleted in the last day. */
    public boolean wasDeleted(String subject) {
        return !getEntityManager()
                .createNativeQuery("select 1 from deleted_account where subject_hash = :hash"
                        + " and deleted_at >= now() - interval '1 day'")
                .setParameter("hash", hash(subject))
                .getResultList()
                .isEmpty();
    }

    private static String hash(String subject) {
        return org.fabrique.common.security.Sha256.hex(subject);
    }

    public List<Account> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
