package org.fabrique.actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.common.error.DomainException;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActorService {
    private final ActorRepository actors;
    private final PersonRepository people;

    public ActorService(ActorRepository actors, PersonRepository people) {
        this.actors = actors;
        this.people = people;
    }

    /** Summaries of the given actors, for other features to embed. */
    public Map<Long, ActorSummary> summaries(Collection<Long> ids) {
        return actors.findByIds(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(Actor::getId, ActorService::toSummary));
    }

    /** Summaries of the given people with their actor, in two queries. */
    public Map<Long, PersonSummary> personSummaries(Collection<Long> ids) {
        List<Person> found = people.findByIds(Set.copyOf(ids));
        Set<Long> actorIds = new HashSet<>();
        for (Person p : found) {
            if (p.getActorId() != null) {
                actorIds.add(p.getActorId());
            }
        }
        Map<Long, ActorSummary> actorSummaries = summaries(actorIds);
        return found.stream()
                .collect(Collectors.toMap(
                        Person::getId,
                        p -> new PersonSummary(
                                p.getSlug(), p.getFullName(), p.getRoleTitle(), actorSummaries.get(p.getActorId()))));
    }

    public Optional<Long> idOf(String slug) {
        return actors.findBySlug(slug).map(Actor::getId);
    }

    public Optional<Long> personIdOf(String slug) {
        return people.findBySlug(slug).map(Person::getId);
    }

    /** Resolves actor slugs to ids; an unknown slug is a 400 naming {@code field}. */
    public Map<String, Long> idsBySlug(Collection<String> slugs, String field) {
        Set<String> wanted = Set.copyOf(slugs);
        Map<String, Long> found =
                actors.findBySlugs(wanted).stream().collect(Collectors.toMap(Actor::getSlug, Actor::getId));
        for (String slug : wanted) {
            if (!found.containsKey(slug)) {
                throw DomainException.invalidField(field, "unknown actor '" + slug + "'");
            }
        }
        return found;
    }

    /** Resolves person slugs to ids; an unknown slug is a 400 naming {@code field}. */
    public Map<String, Long> personIdsBySlug(Collection<String> slugs, String field) {
        Set<String> wanted = Set.copyOf(slugs);
        Map<String, Long> found =
                people.findBySlugs(wanted).stream().collect(Collectors.toMap(Person::getSlug, Person::getId));
        for (String slug : wanted) {
            if (!found.containsKey(slug)) {
                throw DomainException.invalidField(field, "unknown person '" + slug + "'");
            }
        }
        return found;
    }

    static ActorSummary toSummary(Actor a) {
        return new ActorSummary(a.getSlug(), a.getName(), a.getKind());
    }
}
