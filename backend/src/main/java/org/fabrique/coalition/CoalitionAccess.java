package org.fabrique.coalition;

import io.quarkus.security.PermissionChecker;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.fabrique.account.AccountService;
import org.fabrique.account.Caller;
import org.fabrique.coalition.membership.MembershipRepository;
import org.fabrique.coalition.territorial.TerritorialCoalitionInput;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.ProblemType;
import org.fabrique.common.security.Roles;
import org.fabrique.territory.TerritoryService;

/**
 * Who may edit what of a coalition. An admin edits everything. A coordinator edits the coalitions
 * where one of the actors linked to their account is a confirmed pilot, or where they are a named
 * coordinator (the creator of a coalition is named automatically). A territory manager edits the
 * territorial declensions in the territories they manage (and below). Checked before the request
 * body is validated, so that a caller without the right learns 403 and nothing else.
 */
@ApplicationScoped
public class CoalitionAccess {
    /** The permission of endpoints that change a coalition ({@code @PermissionsAllowed}). */
    public static final String EDIT = "coalition:edit";

    /** The permission to change a coalition's declension in a territory (path {@code territorySlug}). */
    public static final String DECLENSION_EDIT = "coalition:declension-edit";

    /** The permission to decline a coalition in the territory its body names. */
    public static final String DECLENSION_CREATE = "coalition:declension-create";

    private final AccountService accounts;
    private final MembershipRepository memberships;
    private final CoalitionRepository coalitions;
    private final TerritoryService territories;

    public CoalitionAccess(
            AccountService accounts,
            MembershipRepository memberships,
            CoalitionRepository coalitions,
            TerritoryService territories) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.coalitions = coalitions;
        this.territories = territories;
    }

    /**
     * Whether the caller may change the coalition named by the endpoint's {@code slug}: checked by
     * Quarkus before the request body is read and validated, so that a caller without the right
     * learns 403 and nothing else. An unknown slug passes, so that the endpoint answers 404.
     */
    @PermissionChecker(EDIT)
    boolean mayEdit(SecurityIdentity identity, String slug) {
        if (!identity.hasRole(Roles.ADMIN) && !identity.hasRole(Roles.COORDINATOR)) {
            return false;
        }
        return coalitions.findBySlug(slug).map(this::canEdit).orElse(true);
    }

    /** Whether the caller may change the declension of the coalition in the path's territory. */
    @PermissionChecker(DECLENSION_EDIT)
    boolean mayEditDeclension(SecurityIdentity identity, String slug, String territorySlug) {
        if (!mayDecline(identity)) {
            return false;
        }
        Optional<Coalition> coalition = coalitions.findBySlug(slug);
        Optional<Long> territoryId = territories.idOf(territorySlug);
        if (coalition.isEmpty() || territoryId.isEmpty()) {
            return true; // the endpoint answers 404
        }
        return canEditDeclension(coalition.get(), territoryId.get());
    }

    /**
     * Whether the caller may decline the coalition in the territory the body names: its
     * coordinators anywhere, a territory manager in the territories they manage. A body without a
     * known territory passes only for those who may edit the coalition (validation then answers).
     */
    @PermissionChecker(DECLENSION_CREATE)
    boolean mayCreateDeclension(SecurityIdentity identity, String slug, TerritorialCoalitionInput input) {
        if (!mayDecline(identity)) {
            return false;
        }
        Optional<Coalition> coalition = coalitions.findBySlug(slug);
        if (coalition.isEmpty()) {
            return true;
        }
        if (canEdit(coalition.get())) {
            return true;
        }
        Optional<Long> territoryId =
                input == null || input.territory() == null ? Optional.empty() : territories.idOf(input.territory());
        return territoryId.isPresent() && accounts.managesTerritory(accounts.caller(), territoryId.get());
    }

    private static boolean mayDecline(SecurityIdentity identity) {
        return identity.hasRole(Roles.ADMIN)
                || identity.hasRole(Roles.COORDINATOR)
                || identity.hasRole(Roles.TERRITORY_MANAGER);
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
            throw forbidden("You do not coordinate coalition #{0}", String.valueOf(coalition.getNumber()));
        }
    }

    public void requireDeclensionEditable(Coalition coalition, long territoryId) {
        if (!canEditDeclension(coalition, territoryId)) {
            throw forbidden(
                    "You neither coordinate coalition #{0} nor manage this territory",
                    String.valueOf(coalition.getNumber()));
        }
    }

    /** The creator of a coalition (not an admin) becomes one of its named coordinators. */
    public void onCreated(Coalition coalition) {
        Caller caller = accounts.caller();
        if (!caller.isAnonymous() && !caller.hasRole(Roles.ADMIN)) {
            coalition.getCoordinatorAccountIds().add(caller.accountId());
        }
    }

    private static DomainException forbidden(String detail, Object... args) {
        return DomainException.of(ProblemType.FORBIDDEN, detail, args);
    }
}
