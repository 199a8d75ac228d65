package org.fabrique.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import org.fabrique.account.AccountService;
import org.fabrique.account.Caller;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.ProblemType;
import org.fabrique.common.security.Roles;

/**
 * Who may write exchanges and reports: admins and editors all; territory managers the exchanges in
 * which a territory they manage takes part, and the reports of the territories they manage (those
 * below them included).
 */
@ApplicationScoped
public class ExchangeAccess {
    private final AccountService accounts;

    ExchangeAccess(AccountService accounts) {
        this.accounts = accounts;
    }

    /** An exchange among these territories: one of them must be the caller's. */
    void requireExchange(Collection<Long> territoryIds) {
        Caller caller = accounts.caller();
        if (staff(caller) || territoryIds.stream().anyMatch(id -> accounts.managesTerritory(caller, id))) {
            return;
        }
        throw DomainException.of(
                ProblemType.FORBIDDEN, "Only editors and the managers of a territory taking part may do this");
    }

    /** A report of this territory: it must be the caller's. */
    void requireReport(long territoryId) {
        Caller caller = accounts.caller();
        if (staff(caller) || accounts.managesTerritory(caller, territoryId)) {
            return;
        }
        throw DomainException.of(
                ProblemType.FORBIDDEN, "Only editors and the managers of the reporting territory may do this");
    }

    private static boolean staff(Caller caller) {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.EDITOR);
    }
}
