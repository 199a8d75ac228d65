package org.fabrique.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {
    public Optional<Account> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    /** Remembers a deleted account's subject (hashed) for a day; forgets older ones. */
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
