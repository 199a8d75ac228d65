package org.fabrique.account;

import jakarta.enterprise.context.ApplicationScoped;
import org.fabrique.common.security.Roles;
import org.fabrique.territory.TerritoryStewardship;

/** Territory edits follow the territories linked to the caller's account. */
@ApplicationScoped
public class AccountTerritoryStewardship implements TerritoryStewardship {
    private final AccountService accounts;

    public AccountTerritoryStewardship(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean mayEdit(long territoryId) {
        Caller caller = accounts.caller();
        return caller.hasRole(Roles.ADMIN) || accounts.managesTerritory(caller, territoryId);
    }
}
