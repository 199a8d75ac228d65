package org.fabrique.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.fabrique.common.history.RevisionAuthors;

/** The people behind the history's revisions: their display names, never an e-mail address. */
@ApplicationScoped
public class AccountRevisionAuthors implements RevisionAuthors {
    private final AccountRepository repository;
    private final SecurityIdentity identity;

    public AccountRevisionAuthors(AccountRepository repository, SecurityIdentity identity) {
        this.repository = repository;
        this.identity = identity;
    }

    /** The caller's subject, as {@link AccountService} names accounts (no query: Hibernate is flushing). */
    @Override
    public Optional<String> currentSubject() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return Optional.of(jwt.getSubject());
        }
        return Optional.ofNullable(identity.getPrincipal().getName());
    }

    @Override
    public Optional<String> currentName() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        for (String claim : new String[] {"name", "preferred_username"}) {
            Object value = jwt.getClaim(claim);
            if (value != null) {
                String name = String.valueOf(value);
                if (!name.isBlank() && !name.contains("@")) {
                    return Optional.of(name.length() > 200 ? name.substring(0, 200) : name);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Map<String, String> names(Collection<String> subjects) {
        Map<String, String> names = new HashMap<>();
        for (Account account : repository.findBySubjects(subjects)) {
            names.put(account.getSubject(), shown(account));
        }
        return names;
    }

    private static String shown(Account account) {
        String name = account.getDisplayName();
        if (name != null && !name.isBlank() && !name.contains("@")) {
            return name;
        }
        if (account.getUsername() != null && !account.getUsername().contains("@")) {
            return account.getUsername();
        }
        return "#" + account.getId();
    }
}
