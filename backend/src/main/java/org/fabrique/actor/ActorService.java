package org.fabrique.actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.text.Slugs;
import org.fabrique.common.text.Snippets;
import org.fabrique.territory.TerritoryService;
import org.fabrique.territory.TerritorySummary;

/** Actors: list, reads, writes, search contribution and contracts for other features. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActorService {
    public static final Set<String> SORTS = Set.of("name", "kind", "updatedAt");
    static final int EXCERPT_LENGTH = 200;

    private final ActorRepository actors;
    private final PersonRepository people;
    private final TerritoryService territories;
    private final EntityTags tags;
    private final ListTotals totals;

    public ActorService(
            ActorRepository actors,
            PersonRepository people,
            TerritoryService territories,
            EntityTags tags,
            ListTotals totals) {
        this.totals = totals;
        this.actors = actors;
        this.people = people;
        this.territories = territories;
        this.tags = tags;
    }

    /**
     * One page of actors; an unknown territory slug gives an empty page. Constant number of
     * queries: count, rows, expertise (batch-fetched), territory summaries.
     */
    public Page<ActorListItem> list(
            ActorKind kind, String territorySlug, String expertise, List<String> terms, PageRequest request) {
        Long territoryId = null;
        if (territorySlug != null) {
            Optional<Long> found = territories.idOf(territorySlug);
            if (found.isEmpty()) {
                return Page.of(List.of(), request, 0);
            }
            territoryId = found.get();
        }
        ActorRepository.PageResult<Actor> result =
                actors.page(new ActorRepository.Filter(kind, territoryId, expertise, terms), request, totals);
        Set<Long> territoryIds = new HashSet<>();
        for (Actor a : result.items()) {
            if (a.getTerritoryId() != null) {
                territoryIds.add(a.getTerritoryId());
            }
        }
        Map<Long, TerritorySummary> summaries = territories.summaries(territoryIds);
        List<ActorListItem> items = result.items().stream()
                .map(a -> new ActorListItem(
                        a.getSlug(),
                        a.getName(),
                        a.getKind(),
                        summaries.get(a.getTerritoryId()),
                        sortedExpertise(a),
                        a.getWebsite(),
                        a.isSample()))
                .toList();
        return Page.of(items, request, result.total());
    }

    public ActorView get(String slug) {
        return toView(load(slug));
    }

    @Transactional
    public ActorView create(ActorInput input) {
        String slug = input.slug() != null ? input.slug() : Slugs.slugify(input.name(), 120);
        checkSlugFree(slug);
        Actor actor = new Actor(slug);
        apply(actor, input);
        actors.persist(actor);
        actors.flush();
        return toView(actor);
    }

    @Transactional
    public ActorView update(String slug, ActorInput input, String ifMatch) {
        Actor actor = load(slug);
        tags.checkIfMatch(ifMatch, toView(actor));
        if (input.slug() != null && !input.slug().equals(slug)) {
            checkSlugFree(input.slug());
            actor.setSlug(input.slug());
        }
        apply(actor, input);
        actors.flush();
        return toView(actor);
    }

    /** Deletes an actor; its people stay, without actor (the schema sets their link to null). */
    @Transactional
    public void delete(String slug) {
        Actor actor = load(slug);
        for (Person p : people.ofActor(actor.getId())) {
            p.setActorId(null);
        }
        actors.delete(actor);
    }

    /** Number of actors. */
    public long count() {
        return actors.count();
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

    private Actor load(String slug) {
        return actors.findBySlug(slug).orElseThrow(() -> DomainException.notFound("actor", slug));
    }

    private void checkSlugFree(String slug) {
        if (actors.findBySlug(slug).isPresent()) {
            throw DomainException.conflict("An actor with slug '" + slug + "' already exists");
        }
    }

    private void apply(Actor actor, ActorInput input) {
        Long territoryId = input.territory() == null
                ? null
                : territories.idsBySlug(List.of(input.territory()), "territory").get(input.territory());
        actor.setName(input.name().trim());
        actor.setKind(input.kind());
        actor.setDescription(input.description());
        actor.setWebsite(checkedWebsite(input.website()));
        actor.setTerritoryId(territoryId);
        actor.setSample(Boolean.TRUE.equals(input.sample()));
        Set<String> keywords = new LinkedHashSet<>();
        if (input.expertise() != null) {
            for (String keyword : input.expertise()) {
                keywords.add(keyword.trim());
            }
        }
        actor.getExpertise().retainAll(keywords);
        actor.getExpertise().addAll(keywords);
    }

    /** The Bean Validation pattern catches most bad URLs; this catches what java.net.URI refuses. */
    private static String checkedWebsite(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(website.trim());
            if (uri.getHost() == null) {
                throw DomainException.invalidField("website", "must be an http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw DomainException.invalidField("website", "must be an http(s) URL");
        }
        return website.trim();
    }

    private ActorView toView(Actor a) {
        TerritorySummary territory = a.getTerritoryId() == null
                ? null
                : territories.summaries(List.of(a.getTerritoryId())).get(a.getTerritoryId());
        ActorSummary self = toSummary(a);
        List<PersonSummary> linked = a.getId() == null
                ? List.of()
                : people.ofActor(a.getId()).stream()
                        .map(p -> new PersonSummary(p.getSlug(), p.getFullName(), p.getRoleTitle(), self))
                        .toList();
        return new ActorView(
                a.getSlug(),
                a.getName(),
                a.getKind(),
                a.getDescription(),
                a.getWebsite(),
                territory,
                sortedExpertise(a),
                linked,
                a.isSample(),
                a.getCreatedAt(),
                a.getUpdatedAt());
    }

    private static List<String> sortedExpertise(Actor a) {
        return a.getExpertise().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** Plain text clipped on a word boundary, with an ellipsis when cut. */
    static String clip(String text, int max) {
        return Snippets.clip(text, max);
    }

    static ActorSummary toSummary(Actor a) {
        return new ActorSummary(a.getSlug(), a.getName(), a.getKind());
    }
}
