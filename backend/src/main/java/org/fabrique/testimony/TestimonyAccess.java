package org.fabrique.testimony;

import io.quarkus.security.PermissionChecker;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.fabrique.account.AccountService;
import org.fabrique.account.Caller;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.common.security.AccessDenial;
import org.fabrique.common.security.Roles;

/**
 * Who may change or delete a testimony: admins and editors all; the accounts linked to the actor
 * the person spoke for; a coordinator the testimonies about a coalition they may edit (a testimony
 * about no coalition, such as a territory's, is not theirs). Partner clients never. Checked by
 * Quarkus before the body is validated; an unknown id passes for a caller who might own one, so
 * that the endpoint answers 404.
 */
@ApplicationScoped
public class TestimonyAccess {
    /** The permission of endpoints that change or delete a testimony ({@code @PermissionsAllowed}). */
    public static final String EDIT = "testimony:edit";

    static final Set<String> STAFF = Set.of(Roles.ADMIN, Roles.EDITOR);

    private final TestimonyRepository testimonies;
    private final AccountService accounts;
    private final CoalitionDirectory coalitions;
    private final AccessDenial denial;

    TestimonyAccess(
            TestimonyRepository testimonies,
            AccountService accounts,
            CoalitionDirectory coalitions,
            AccessDenial denial) {
        this.testimonies = testimonies;
        this.accounts = accounts;
        this.coalitions = coalitions;
        this.denial = denial;
    }

    @PermissionChecker(EDIT)
    boolean mayEdit(SecurityIdentity identity, String id) {
        if (STAFF.stream().anyMatch(identity::hasRole)) {
            return true;
        }
        if (identity.hasRole(Roles.PARTNER)) {
            return false;
        }
        Caller caller = accounts.caller();
        Optional<Testimony> testimony = find(id);
        if (testimony.isEmpty()) {
            return caller.hasRole(Roles.COORDINATOR) || !caller.actorIds().isEmpty();
        }
        if (mayEdit(caller, testimony.get())) {
            return true;
        }
        denial.record("You neither act for the actor of testimony " + id + " nor coordinate the coalition it is about");
        return false;
    }

    /** Whether the caller (not staff) owns the testimony. */
    boolean mayEdit(Caller caller, Testimony testimony) {
        if (testimony.getActorId() != null && caller.actorIds().contains(testimony.getActorId())) {
            return true;
        }
        return caller.hasRole(Roles.COORDINATOR)
                && testimony.getCoalitionId() != null
                && coalitions.editableByCaller(testimony.getCoalitionId());
    }

    private Optional<Testimony> find(String id) {
        try {
            return testimonies.findByIdOptional(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
