package org.fabrique.actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.ListQuery;
import org.fabrique.common.persistence.SlugIds;
import org.fabrique.common.text.Slugs;
import org.fabrique.common.text.Snippets;
import org.fabrique.territory.TerritoryService;

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
    private final ActorMapper mapper;

    public ActorService(
            ActorRepository actors,
            PersonRepository people,
            TerritoryService territories,
            EntityTags tags,
            ListTotals totals,
            ActorMapper mapper) {
        this.totals = totals;
        this.mapper = mapper;
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
        ListQuery.Rows<Actor> result =
                actors.page(new ActorRepository.Filter(kind, territoryId, expertise, terms), request, totals);
        return Page.of(mapper.listItems(result.items()), request, result.total());
    }

    public Versioned<ActorView> get(String slug) {
        return versioned(load(slug));
    }

    @Transactional
    public Versioned<ActorView> create(ActorInput input) {
        String slug = input.slug() != null ? input.slug() : Slugs.slugify(input.name(), 120);
        checkSlugFree(slug);
        Actor actor = new Actor(slug);
        apply(actor, input);
        actors.persist(actor);
        actors.flush();
        return versioned(actor);
    }

    @Transactional
    public Versioned<ActorView> update(String slug, ActorInput input, String ifMatch) {
        Actor actor = load(slug);
        tags.checkIfMatch(ifMatch, actor.getVersion());
        if (input.slug() != null && !input.slug().equals(slug)) {
            checkSlugFree(input.slug());
            actor.setSlug(input.slug());
        }
        apply(actor, input);
        actors.flush();
        return versioned(actor);
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
        return mapper.summaries(ids);
    }

    /** Summaries of the given people with their actor, in two queries. */
    public Map<Long, PersonSummary> personSummaries(Collection<Long> ids) {
        return mapper.personSummaries(ids);
    }

    public Optional<Long> idOf(String slug) {
        return actors.findBySlug(slug).map(Actor::getId);
    }

    public Optional<Long> personIdOf(String slug) {
        return people.findBySlug(slug).map(Person::getId);
    }

    /** Resolves actor slugs to ids; an unknown slug is a 400 naming {@code field}. */
    public Map<String, Long> idsBySlug(Collection<String> slugs, String field) {
        return SlugIds.resolve(actors.getEntityManager(), Actor.class, "actor", slugs, field);
    }

    /** Resolves person slugs to ids; an unknown slug is a 400 naming {@code field}. */
    public Map<String, Long> personIdsBySlug(Collection<String> slugs, String field) {
        return SlugIds.resolve(people.getEntityManager(), Person.class, "person", slugs, field);
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

    private Versioned<ActorView> versioned(Actor actor) {
        return new Versioned<>(mapper.view(actor), actor.getVersion());
    }

    /** Plain text clipped on a word boundary, with an ellipsis when cut. */
    static String clip(String text, int max) {
        return Snippets.clip(text, max);
    }
}
