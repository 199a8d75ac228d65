package org.fabrique.coalition;

import jakarta.enterprise.context.ApplicationScoped;
import org.fabrique.account.AccountService;
import org.fabrique.account.Caller;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.ProblemType;
import org.fabrique.common.security.Roles;

/**
 * Who may edit what of a coalition. An admin edits everything. A coordinator edits the coalitions
 * where one of the actors linked to their account is a confirmed pilot, or where they are a named
 * coordinator (the creator of a coalition is named automatically). A territory manager edits the
 * territorial declensions in the territories they manage (and below). Checked before the request
 * body is validated, so that a caller without the right learns 403 and nothing else.
 */
@ApplicationScoped
public class CoalitionAccess {
    private final AccountService accounts;
    private final MembershipRepository memberships;

    public CoalitionAccess(AccountService accounts, MembershipRepository memberships) {
        this.accounts = accounts;
        this.memberships = memberships;
    }

    public boolean canEdit(Coalition coalition) {
        Caller caller = accounts.caller();
        if (caller.hasRole(Roles.ADMIN)) {
            return true;
        }
        if (!caller.hasRole(Roles.COORDINATOR)) {
            return false;
        }
        return coalition.getCoordinatorAccountIds().contains(caller.accountId())
                || memberships.hasConfirmedPilot(coalition.getId(), caller.actorIds());
    }

    public boolean canEditDeclension(Coalition coalition, long territoryId) {
        return canEdit(coalition) || accounts.managesTerritory(accounts.caller(), territoryId);
    }

    public void requireEditable(Coalition coalition) {
        if (!canEdit(coalition)) {
            throw forbidden("You do not coordinate coalition #" + coalition.getNumber());
        }
    }

    public void requireDeclensionEditable(Coalition coalition, long territoryId) {
        if (!canEditDeclension(coalition, territoryId)) {
            throw forbidden(
                    "You neither coordinate coalition #" + coalition.getNumber() + " nor manage this territory");
        }
    }

    /** The creator of a coalition (not an admin) becomes one of its named coordinators. */
    public void onCreated(Coalition coalition) {
        Caller caller = accounts.caller();
        if (!caller.isAnonymous() && !caller.hasRole(Roles.ADMIN)) {
            coalition.getCoordinatorAccountIds().add(caller.accountId());
        }
    }

    private static DomainException forbidden(String detail) {
        return new DomainException(ProblemType.FORBIDDEN, detail);
    }
}
