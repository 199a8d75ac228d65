package org.fabrique.actor;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.territory.TerritoryService;
import org.fabrique.territory.TerritorySummary;

/** Actor and person views, with the territories and actors they embed loaded in batches. */
@ApplicationScoped
public class ActorMapper {
    private final PersonRepository people;
    private final ActorRepository actors;
    private final TerritoryService territories;

    public ActorMapper(PersonRepository people, ActorRepository actors, TerritoryService territories) {
        this.people = people;
        this.actors = actors;
        this.territories = territories;
    }

    public static ActorSummary summary(Actor a) {
        return new ActorSummary(a.getSlug(), a.getName(), a.getKind());
    }

    /** A page of list items, with their territories in one query. */
    public List<ActorListItem> listItems(List<Actor> page) {
        Set<Long> territoryIds = new HashSet<>();
        for (Actor a : page) {
            if (a.getTerritoryId() != null) {
                territoryIds.add(a.getTerritoryId());
            }
        }
        Map<Long, TerritorySummary> summaries = territories.summaries(territoryIds);
        return page.stream()
                .map(a -> new ActorListItem(
                        a.getSlug(),
                        a.getName(),
                        a.getKind(),
                        summaries.get(a.getTerritoryId()),
                        sortedExpertise(a),
                        a.getWebsite(),
                        a.isSample()))
                .toList();
    }

    public ActorView view(Actor a) {
        TerritorySummary territory = a.getTerritoryId() == null
                ? null
                : territories.summaries(List.of(a.getTerritoryId())).get(a.getTerritoryId());
        ActorSummary self = summary(a);
        List<PersonSummary> linked = a.getId() == null
                ? List.of()
                : people.ofActor(a.getId()).stream()
                        .map(p -> new PersonSummary(p.getSlug(), p.getFullName(), p.getRoleTitle(), self))
                        .toList();
        ActorSummary parent = a.getParentId() == null
                ? null
                : summaries(List.of(a.getParentId())).get(a.getParentId());
        List<ActorSummary> subUnits = a.getId() == null
                ? List.of()
                : actors.subUnitRows(a.getId()).stream()
                        .map(ActorSummaryRow::summary)
                        .toList();
        return new ActorView(
                a.getSlug(),
                a.getName(),
                a.getKind(),
                a.getDescription(),
                a.getWebsite(),
                territory,
                parent,
                subUnits,
                sortedExpertise(a),
                linked,
                a.isSample(),
                a.getCreatedAt(),
                a.getUpdatedAt(),
                org.fabrique.common.i18n.TextLanguages.original(a.getLang(), "description", "expertise"));
    }

    /** Summaries of the given actors (one query of the columns they show). */
    public Map<Long, ActorSummary> summaries(Collection<Long> ids) {
        // A mutable map, as before: callers look up nullable ids (an initiative without actor).
        Map<Long, ActorSummary> summaries = new HashMap<>();
        if (!ids.isEmpty()) {
            actors.summaryRows(Set.copyOf(ids)).forEach(row -> summaries.put(row.id(), row.summary()));
        }
        return summaries;
    }

    /** Summaries of the given people with their actor (one query of the columns they show). */
    public Map<Long, PersonSummary> personSummaries(Collection<Long> ids) {
        Map<Long, PersonSummary> summaries = new HashMap<>();
        if (!ids.isEmpty()) {
            people.summaryRows(Set.copyOf(ids)).forEach(row -> summaries.put(row.id(), row.summary()));
        }
        return summaries;
    }

    public PersonView person(Person p) {
        return persons(List.of(p)).get(0);
    }

    /** People with their actors, in one query for the actors. */
    public List<PersonView> persons(List<Person> list) {
        Set<Long> actorIds = new HashSet<>();
        for (Person p : list) {
            if (p.getActorId() != null) {
                actorIds.add(p.getActorId());
            }
        }
        Map<Long, ActorSummary> actorSummaries = summaries(actorIds);
        return list.stream()
                .map(p -> new PersonView(
                        p.getSlug(),
                        p.getFullName(),
                        p.getRoleTitle(),
                        p.getBio(),
                        p.getActorId() == null ? null : actorSummaries.get(p.getActorId()),
                        p.isSample(),
                        org.fabrique.common.i18n.TextLanguages.original(p.getLang(), "roleTitle", "bio")))
                .toList();
    }

    private static List<String> sortedExpertise(Actor a) {
        return a.getExpertise().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }
}
