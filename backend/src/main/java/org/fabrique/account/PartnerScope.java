package org.fabrique.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.fabrique.actor.ActorService;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.ProblemType;
import org.fabrique.common.security.AccessDenial;
import org.fabrique.common.security.Roles;

/**
 * What a partner platform may write: a client with the realm role {@code partner} acts for the one
 * actor its account is linked to (an admin links it with {@code PUT /api/v1/accounts/{id}/links}),
 * and writes only what the features let it write for that actor (its shared resources, local
 * initiatives and events). A caller that also holds one of a feature's own writing roles keeps the
 * rights of that role. The refusals are 403 problems that say why.
 */
@ApplicationScoped
public class PartnerScope {
    private final AccountService accounts;
    private final ActorService actors;
    private final AccessDenial denial;

    public PartnerScope(AccountService accounts, ActorService actors, AccessDenial denial) {
        this.accounts = accounts;
        this.actors = actors;
        this.denial = denial;
    }

    /** True when the partner rules govern this identity: the partner role and none of {@code staffRoles}. */
    public static boolean governs(SecurityIdentity identity, Set<String> staffRoles) {
        return identity.hasRole(Roles.PARTNER) && staffRoles.stream().noneMatch(identity::hasRole);
    }

    /**
     * The one actor the calling partner's account is linked to; a 403 problem when it is linked to
     * none (an admin has not linked it yet) or to several (ambiguous: an admin must keep one).
     */
    public long actorId() {
        Caller caller = accounts.caller();
        Set<Long> ids = caller.actorIds();
        if (ids.isEmpty()) {
            throw forbidden("This partner client is linked to no actor, so it may not write: an admin links its"
                    + " account (id " + caller.accountId() + ") to the actor it acts for with"
                    + " PUT /api/v1/accounts/{id}/links");
        }
        if (ids.size() > 1) {
            throw forbidden("This partner client is linked to " + ids.size() + " actors and may write for one"
                    + " only: an admin keeps one link of its account (id " + caller.accountId() + ")");
        }
        return ids.iterator().next();
    }

    /** The caller's own actor when the partner rules govern it (see {@link #governs}), empty otherwise. */
    public Optional<Long> ownActor(Set<String> staffRoles) {
        Caller caller = accounts.caller();
        if (!caller.hasRole(Roles.PARTNER) || staffRoles.stream().anyMatch(caller::hasRole)) {
            return Optional.empty();
        }
        return Optional.of(actorId());
    }

    /** A 403 problem unless {@code slug} is null or names the partner's own actor. */
    public void requireOwnActor(long actorId, String slug, String field) {
        if (slug == null) {
            return;
        }
        Optional<Long> named = actors.idOf(slug);
        if (named.isEmpty() || named.get() != actorId) {
            throw forbidden("A partner client writes for its own actor only: leave " + field
                    + " out (it is set to that actor) or name that actor");
        }
    }

    /** A 403 problem: {@code what} belongs to another actor than the partner's. */
    public DomainException notYours(String what) {
        return forbidden(what + " does not belong to the actor this partner client is linked to");
    }

    /**
     * A 403 problem; the reason is also recorded for the request, since a permission checker's
     * exception reaches the client as Quarkus' own 403 ({@link AccessDenial}).
     */
    private DomainException forbidden(String detail) {
        denial.record(detail);
        return new DomainException(ProblemType.FORBIDDEN, detail);
    }
}
