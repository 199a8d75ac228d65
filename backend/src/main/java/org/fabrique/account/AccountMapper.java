package org.fabrique.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.ActorSummary;
import org.fabrique.territory.TerritoryService;
import org.fabrique.territory.TerritorySummary;

/** The views of accounts, with the actors and territories they are linked to. */
@ApplicationScoped
public class AccountMapper {
    private final ActorService actors;
    private final TerritoryService territories;

    public AccountMapper(ActorService actors, TerritoryService territories) {
        this.actors = actors;
        this.territories = territories;
    }

    public ProfileView profile(Account account) {
        return new ProfileView(
                account.getUsername(),
                account.getDisplayName(),
                account.getEmail(),
                account.getLanguage(),
                account.getNotificationMode());
    }

    public AccountView view(Account account, List<String> roles) {
        Map<Long, ActorSummary> actorSummaries = actors.summaries(account.getActorIds());
        Map<Long, TerritorySummary> territorySummaries = territories.summaries(account.getTerritoryIds());
        return new AccountView(
                account.getId(),
                account.getSubject(),
                account.getUsername(),
                account.getDisplayName(),
                roles,
                account.getActorIds().stream()
                        .map(actorSummaries::get)
                        .filter(Objects::nonNull)
                        .toList(),
                account.getTerritoryIds().stream()
                        .map(territorySummaries::get)
                        .filter(Objects::nonNull)
                        .toList(),
                account.getCreatedAt());
    }
}
