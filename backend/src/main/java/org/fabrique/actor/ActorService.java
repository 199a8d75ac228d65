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
import org.fabrique.common.http.Versioned;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.ListQuery;
import org.fabrique.common.persistence.SlugCatalogue;
import org.fabrique.common.text.Snippets;
import org.fabrique.territory.TerritoryService;

/** Actors: list, reads, writes, search contribution and contracts for other features. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActorService {
    private static final SlugCatalogue<Actor> ACTORS = new SlugCatalogue<>(Actor.class, "actor");
    private static final SlugCatalogue<Person> PEOPLE = new SlugCatalogue<>(Person.class, "person");
    public static final Set<String> SORTS = Set.of("name", "kind", "updatedAt");
    static final int EXCERPT_LENGTH = 200;

    private final ActorRepository actors;
    private final PersonRepository people;
    private final TerritoryService territories;
    private final ListTotals totals;
    private final ActorMapper mapper;

    public ActorService(
            ActorRepository actors,
            PersonRepository people,
            TerritoryService territories,
            ListTotals totals,
            ActorMapper mapper) {
        this.totals = totals;
        this.mapper = mapper;
        this.actors = actors;
        this.people = people;
        this.territories = territories;
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
        return Page.of(mapper.listItems(result.items()), request, result.total(), result.nextCursor());
    }

    public Versioned<ActorView> get(String slug) {
        return versioned(ACTORS.load(slug));
    }

    @Transactional
    public Versioned<ActorView> create(ActorInput input) {
        return versioned(ACTORS.create(input.slug(), input.name(), Actor::new, e -> apply(e, input)));
    }

    @Transactional
    public Versioned<ActorView> update(String slug, ActorInput input, String ifMatch) {
        return versioned(ACTORS.update(slug, input.slug(), ifMatch, e -> apply(e, input)));
    }

    /** Deletes an actor; its people stay, without actor (the schema sets their link to null). */
    @Transactional
    public void delete(String slug) {
        Actor actor = ACTORS.load(slug);
        for (Person p : people.ofActor(actor.getId())) {
            p.setActorId(null);
        }
        actors.delete(actor);
    }

    /** Number of actors. */
    public long count() {
        return actors.count();
    }

    /**
     * The kind, territory and expertise of the actors of these kinds, these ids, or with an
     * expertise keyword holding one of these stems, for matching allies (graph feature).
     */
    public java.util.List<ActorProfile> profiles(Set<ActorKind> kinds, Set<String> stems, Set<Long> ids) {
        return actors.profiles(kinds, stems, ids);
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
        return ACTORS.idOf(slug);
    }

    public Optional<Long> personIdOf(String slug) {
        return PEOPLE.idOf(slug);
    }

    /** Resolves actor slugs to ids; an unknown slug is a 400 naming {@code field}. */
    public Map<String, Long> idsBySlug(Collection<String> slugs, String field) {
        return ACTORS.idsBySlug(slugs, field);
    }

    /** Resolves person slugs to ids; an unknown slug is a 400 naming {@code field}. */
    public Map<String, Long> personIdsBySlug(Collection<String> slugs, String field) {
        return PEOPLE.idsBySlug(slugs, field);
    }

    private void apply(Actor actor, ActorInput input) {
        Long territoryId = input.territory() == null
                ? null
                : territories.idsBySlug(List.of(input.territory()), "territory").get(input.territory());
        actor.setParentId(parentId(actor, input.parent()));
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

    /**
     * The id of the named parent; 400 on {@code parent} when it is unknown, the actor itself or one of
     * its sub-units (a loop), so that the tree of sub-units stays a tree.
     */
    private Long parentId(Actor actor, String parentSlug) {
        if (parentSlug == null) {
            return null;
        }
        long parent = ACTORS.idsBySlug(List.of(parentSlug), "parent").get(parentSlug);
        if (actor.getId() != null) {
            Long cursor = parent;
            for (int depth = 0; cursor != null && depth < 100; depth++) {
                if (cursor.equals(actor.getId())) {
                    throw DomainException.invalidField(
                            "parent", "must not be the actor itself or one of its sub-units");
                }
                cursor = actors.parentIdOf(cursor);
            }
        }
        return parent;
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
