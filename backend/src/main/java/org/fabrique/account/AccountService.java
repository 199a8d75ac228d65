package org.fabrique.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.fabrique.actor.ActorService;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.ProblemType;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.security.Roles;
import org.fabrique.territory.TerritoryService;

/**
 * Accounts of the people and platforms who call the API. An account is created the first time a
 * subject is seen; an admin links it to actors and territories, which the ownership rules use.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccountService {
    private final AccountRepository repository;
    private final SecurityIdentity identity;
    private final CallerCache cache;
    private final ActorService actors;
    private final TerritoryService territories;
    private final EntityTags tags;
    private final AccountMapper mapper;

    public AccountService(
            AccountRepository repository,
            SecurityIdentity identity,
            CallerCache cache,
            ActorService actors,
            TerritoryService territories,
            EntityTags tags,
            AccountMapper mapper) {
        this.repository = repository;
        this.identity = identity;
        this.cache = cache;
        this.actors = actors;
        this.territories = territories;
        this.tags = tags;
        this.mapper = mapper;
    }

    /** The caller of the current request (cached for the request); creates its account on first sight. */
    public Caller caller() {
        if (identity.isAnonymous()) {
            return Caller.anonymous();
        }
        Caller cached = cache.get();
        if (cached != null) {
            return cached;
        }
        Account account = findOrCreate();
        String roles = String.join(",", new TreeSet<>(identity.getRoles()));
        if (!roles.equals(account.getRoles())) {
            QuarkusTransaction.requiringNew().run(() -> repository.updateRoles(account.getId(), roles));
        }
        Caller caller = new Caller(
                account.getId(),
                account.getSubject(),
                Set.copyOf(identity.getRoles()),
                Set.copyOf(account.getActorIds()),
                Set.copyOf(account.getTerritoryIds()));
        cache.set(caller);
        return caller;
    }

    /** True when the caller manages this territory or one above it. */
    public boolean managesTerritory(Caller caller, long territoryId) {
        if (!caller.hasRole(Roles.TERRITORY_MANAGER) || caller.territoryIds().isEmpty()) {
            return false;
        }
        for (Long managed : caller.territoryIds()) {
            if (territories.selfAndDescendantIds(managed).contains(territoryId)) {
                return true;
            }
        }
        return false;
    }

    @Transactional
    public AccountView me() {
        Account account = mine();
        return mapper.view(account, new TreeSet<>(identity.getRoles()).stream().toList());
    }

    /** The caller's profile; the e-mail address follows the token's verified one. */
    @Transactional
    public ProfileView profile() {
        return mapper.profile(mine());
    }

    @Transactional
    public ProfileView updateProfile(ProfileInput input) {
        Account account = mine();
        account.setDisplayName(input.displayName().trim());
        account.setLanguage(input.language());
        account.setNotificationMode(input.notificationMode());
        repository.flush();
        return mapper.profile(account);
    }

    /** Accounts whose last token carried this realm role (e.g. the moderators). */
    public List<Long> idsWithRole(String role) {
        return repository.idsWithRole(role);
    }

    /** Accounts that act for this actor (its linked people and platforms). */
    public List<Long> idsActingFor(long actorId) {
        return repository.idsActingFor(actorId);
    }

    /** Stops the mails about what an account follows (one-click unsubscribe); false for no such account. */
    @Transactional
    public boolean stopNotificationMails(long accountId) {
        return repository
                .findByIdOptional(accountId)
                .map(a -> {
                    a.setNotificationMode(NotificationMode.NONE);
                    return true;
                })
                .orElse(false);
    }

    /** Where and how to write to an account: null when it has no verified address. */
    public MailContact contact(long accountId) {
        return repository
                .findByIdOptional(accountId)
                .filter(a -> a.getEmail() != null)
                .map(a -> new MailContact(a.getId(), a.getEmail(), a.getLanguage(), a.getNotificationMode()))
                .orElse(null);
    }

    /**
     * The caller's account as its deletion needs it (subject, address, language, name), read in a
     * transaction of its own.
     */
    public DeletableAccount deletable() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = mine();
            return new DeletableAccount(
                    account.getId(),
                    account.getSubject(),
                    account.getEmail(),
                    account.getLanguage(),
                    account.getDisplayName());
        });
    }

    /** Deletes an account row in the caller's transaction (its follows, links and notifications go with it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(long accountId, String subject) {
        repository.anonymiseRevisions(subject);
        repository.deleteById(accountId);
        repository.rememberDeleted(subject);
        repository.flush();
        cache.set(null);
    }

    /** The caller's account, its e-mail brought up to date with the token's verified address. */
    private Account mine() {
        caller();
        Account account =
                repository.findBySubject(subject()).orElseThrow(() -> DomainException.notFound("account", subject()));
        String email = verifiedEmail();
        if (email != null && !email.equalsIgnoreCase(String.valueOf(account.getEmail()))) {
            account.setEmail(email);
        }
        return account;
    }

    private String verifiedEmail() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt
                && jwt.getClaim("email") != null
                && Boolean.parseBoolean(String.valueOf((Object) jwt.getClaim("email_verified")))) {
            return String.valueOf((Object) jwt.getClaim("email"));
        }
        return null;
    }

    /** A page of the accounts whose name or username holds the words typed (all for none). */
    public Page<AccountView> list(String text, PageRequest page) {
        var matching = repository.matching(text);
        long total = matching.count();
        List<AccountView> items = matching.page(page.page(), page.size()).list().stream()
                .map(a -> mapper.view(a, List.of()))
                .toList();
        return Page.of(items, page, total);
    }

    public Versioned<AccountView> get(long id) {
        Account account = load(id);
        return new Versioned<>(mapper.view(account, List.of()), account.getVersion());
    }

    /** Short descriptions of the given accounts, for other features to embed. */
    public Map<Long, AccountRef> refs(Collection<Long> ids) {
        Map<Long, AccountRef> refs = new java.util.HashMap<>();
        for (Account a : repository.findByIds(Set.copyOf(ids))) {
            refs.put(a.getId(), new AccountRef(a.getId(), a.getUsername(), a.getDisplayName()));
        }
        return refs;
    }

    /** Ids of existing accounts; an unknown id is a 400 naming {@code field}. */
    public Set<Long> existingIds(Collection<Long> ids, String field) {
        Set<Long> found = new HashSet<>();
        for (Account a : repository.findByIds(Set.copyOf(ids))) {
            found.add(a.getId());
        }
        for (Long id : ids) {
            if (!found.contains(id)) {
                throw DomainException.invalidField(field, "unknown account " + id);
            }
        }
        return found;
    }

    @Transactional
    public Versioned<AccountView> link(long id, AccountLinks input, String ifMatch) {
        Account account = load(id);
        tags.checkIfMatch(ifMatch, account.getVersion());
        Map<String, Long> actorIds = actors.idsBySlug(input.actors(), "actors");
        Map<String, Long> territoryIds = territories.idsBySlug(input.territories(), "territories");
        account.getActorIds().clear();
        account.getActorIds().addAll(actorIds.values());
        account.getTerritoryIds().clear();
        account.getTerritoryIds().addAll(territoryIds.values());
        repository.flush();
        return new Versioned<>(mapper.view(account, List.of()), account.getVersion());
    }

    private Account load(long id) {
        return repository
                .findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("account", String.valueOf(id)));
    }

    private Account findOrCreate() {
        String subject = subject();
        return repository.findBySubject(subject).orElseGet(() -> create(subject));
    }

    private Account create(String subject) {
        if (repository.wasDeleted(subject)) {
            // A token issued before its owner deleted the account: it must not bring it back.
            throw new DomainException(ProblemType.UNAUTHORIZED, "This account was deleted; sign up again to come back");
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Account account = new Account(subject);
                account.setUsername(
                        claim("preferred_username", identity.getPrincipal().getName()));
                account.setDisplayName(claim("name", account.getUsername()));
                repository.persist(account);
            });
        } catch (PersistenceException | io.quarkus.narayana.jta.QuarkusTransactionException e) {
            // Another request created it meanwhile (unique subject): read it below.
        }
        return repository
                .findBySubject(subject)
                .orElseThrow(() -> new IllegalStateException("Account of the caller could not be created"));
    }

    private String subject() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    private String claim(String name, String fallback) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim(name) != null) {
            return String.valueOf((Object) jwt.getClaim(name));
        }
        return fallback;
    }
}
