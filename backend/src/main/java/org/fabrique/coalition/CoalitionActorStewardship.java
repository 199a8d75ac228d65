package org.fabrique.coalition;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.fabrique.account.AccountService;
import org.fabrique.account.Caller;
import org.fabrique.actor.ActorStewardship;
import org.fabrique.coalition.membership.MembershipRepository;
import org.fabrique.common.security.Roles;

/**
 * An actor belongs to the accounts linked to it, and to a coordinator when every coalition it is a
 * confirmed member of (at least one) is one they may edit ({@link CoalitionAccess#canEdit}): a
 * coordinator cannot change an actor that another coalition counts on. An actor in no coalition
 * belongs to the coordinator who created it (its first revision in the history).
 */
@ApplicationScoped
public class CoalitionActorStewardship implements ActorStewardship {
    private final AccountService accounts;
    private final MembershipRepository memberships;
    private final CoalitionAccess access;

    public CoalitionActorStewardship(
            AccountService accounts, MembershipRepository memberships, CoalitionAccess access) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.access = access;
    }

    @Override
    public boolean mayEdit(long actorId, Supplier<Optional<String>> creator) {
        Caller caller = accounts.caller();
        if (caller.hasRole(Roles.ADMIN)
                || caller.hasRole(Roles.EDITOR)
                || caller.actorIds().contains(actorId)) {
            return true;
        }
        if (!caller.hasRole(Roles.COORDINATOR)) {
            return false;
        }
        List<Coalition> coalitions = memberships.confirmedCoalitionsOf(actorId);
        if (coalitions.isEmpty()) {
            // In no coalition yet: the coordinator who created it (the history says who) may edit it.
            return creator.get()
                    .filter(subject -> subject.equals(caller.subject()))
                    .isPresent();
        }
        return coalitions.stream().allMatch(access::canEdit);
    }

    @Override
    public boolean mayEditSome() {
        Caller caller = accounts.caller();
        return caller.hasRole(Roles.COORDINATOR) || !caller.actorIds().isEmpty();
    }
}
