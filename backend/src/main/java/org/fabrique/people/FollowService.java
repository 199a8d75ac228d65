package org.fabrique.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.account.AccountService;
import org.fabrique.account.Caller;
import org.fabrique.axis.AxisService;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.common.error.DomainException;
import org.fabrique.event.EventService;
import org.fabrique.territory.TerritoryService;

/** Following coalitions, territories, axes and events: the caller's list, follow, unfollow. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FollowService {
    private final FollowRepository repository;
    private final AccountService accounts;
    private final CoalitionDirectory coalitions;
    private final TerritoryService territories;
    private final AxisService axes;
    private final EventService events;

    public FollowService(
            FollowRepository repository,
            AccountService accounts,
            CoalitionDirectory coalitions,
            TerritoryService territories,
            AxisService axes,
            EventService events) {
        this.repository = repository;
        this.accounts = accounts;
        this.coalitions = coalitions;
        this.territories = territories;
        this.axes = axes;
        this.events = events;
    }

    public List<FollowView> mine() {
        Caller caller = accounts.caller();
        List<FollowRow> rows = repository.of(caller.accountId());
        Map<FollowTarget, Set<Long>> ids = rows.stream()
                .collect(Collectors.groupingBy(
                        FollowRow::type, Collectors.mapping(FollowRow::targetId, Collectors.toSet())));
        Map<Long, String[]> coalitionNames = names(ids, FollowTarget.coalition);
        Map<Long, String[]> territoryNames = names(ids, FollowTarget.territory);
        Map<Long, String[]> axisNames = names(ids, FollowTarget.axis);
        Map<Long, String[]> eventNames = names(ids, FollowTarget.event);
        List<FollowView> views = new ArrayList<>();
        for (FollowRow row : rows) {
            Map<Long, String[]> byId = switch (row.type()) {
                case coalition -> coalitionNames;
                case territory -> territoryNames;
                case axis -> axisNames;
                case event -> eventNames;
            };
            String[] named = byId.get(row.targetId());
            if (named != null) {
                views.add(new FollowView(row.type(), named[0], named[1], row.since()));
            }
        }
        return views;
    }

    /** Follows a target; 404 when it does not exist. True when it was not followed yet. */
    @Transactional
    public boolean follow(FollowTarget type, String slug) {
        return repository.add(accounts.caller().accountId(), type, idOf(type, slug));
    }

    @Transactional
    public void unfollow(FollowTarget type, String slug) {
        repository.remove(accounts.caller().accountId(), type, idOf(type, slug));
    }

    public boolean follows(FollowTarget type, String slug) {
        return repository.follows(accounts.caller().accountId(), type, idOf(type, slug));
    }

    /** The accounts following any of these targets of one type (for notifications). */
    public List<Long> followers(FollowTarget type, java.util.Collection<Long> targetIds) {
        return repository.followers(type, targetIds);
    }

    private long idOf(FollowTarget type, String slug) {
        return (switch (type) {
                    case coalition -> coalitions.idOf(slug);
                    case territory -> territories.idOf(slug);
                    case axis -> axes.idOf(slug);
                    case event -> events.idOf(slug);
                })
                .orElseThrow(() -> DomainException.notFound(type.name(), slug));
    }

    private Map<Long, String[]> names(Map<FollowTarget, Set<Long>> ids, FollowTarget type) {
        Set<Long> wanted = ids.getOrDefault(type, Set.of());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return switch (type) {
            case coalition ->
                coalitions.refs(wanted).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e ->
                        new String[] {e.getValue().slug(), e.getValue().title()}));
            case territory ->
                territories.summaries(wanted).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e ->
                        new String[] {e.getValue().slug(), e.getValue().name()}));
            case axis ->
                axes.summaries(wanted).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e ->
                        new String[] {e.getValue().slug(), e.getValue().name()}));
            case event ->
                events.refs(wanted).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e ->
                        new String[] {e.getValue().slug(), e.getValue().title()}));
        };
    }
}
