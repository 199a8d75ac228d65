package org.fabrique.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.fabrique.account.Account;
import org.fabrique.account.AccountRepository;
import org.fabrique.actor.ActorRepository;
import org.fabrique.territory.TerritoryRepository;

/**
 * Test-only links between a @TestSecurity user (whose subject is its name) and the actors or
 * territories it acts for, as an admin would set them with PUT /api/v1/accounts/{id}/links.
 */
@ApplicationScoped
public class Accounts {
    private final AccountRepository accounts;
    private final ActorRepository actors;
    private final TerritoryRepository territories;

    public Accounts(AccountRepository accounts, ActorRepository actors, TerritoryRepository territories) {
        this.accounts = accounts;
        this.actors = actors;
        this.territories = territories;
    }

    public long manageTerritory(String subject, String territorySlug) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = account(subject);
            account.getTerritoryIds()
                    .add(territories.findBySlug(territorySlug).orElseThrow().getId());
            return account.getId();
        });
    }

    public long actFor(String subject, String actorSlug) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = account(subject);
            account.getActorIds().add(actors.findBySlug(actorSlug).orElseThrow().getId());
            return account.getId();
        });
    }

    public long idOf(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> account(subject).getId());
    }

    private Account account(String subject) {
        return accounts.findBySubject(subject).orElseGet(() -> {
            Account created = new Account(subject);
            created.setUsername(subject);
            accounts.persist(created);
            return created;
        });
    }
}
