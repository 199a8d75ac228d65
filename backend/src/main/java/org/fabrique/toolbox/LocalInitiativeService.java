package org.fabrique.toolbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.ActorSummary;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.text.Slugs;
import org.fabrique.territory.TerritoryService;
import org.fabrique.territory.TerritorySummary;

/** Local initiatives made visible per territory and coalition. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LocalInitiativeService {
    public static final Set<String> SORTS = Set.of("title", "updatedAt");

    private final LocalInitiativeRepository repository;
    private final TerritoryService territories;
    private final ActorService actors;
    private final CoalitionDirectory coalitions;
    private final EntityTags tags;
    private final ListTotals totals;

    public LocalInitiativeService(
            LocalInitiativeRepository repository,
            TerritoryService territories,
            ActorService actors,
            CoalitionDirectory coalitions,
            EntityTags tags,
            ListTotals totals) {
        this.totals = totals;
        this.repository = repository;
        this.territories = territories;
        this.actors = actors;
        this.coalitions = coalitions;
        this.tags = tags;
    }

    /** Filters of the list, as slugs; null means "any". */
    public record Criteria(String territory, String coalition, String actor, String title) {}

    /**
     * One page of initiatives; the territory filter includes the territories below it; an unknown
     * slug in a filter gives an empty page. Queries: count, rows, then one each for territories,
     * coalitions and actors.
     */
    public Page<LocalInitiativeView> list(Criteria c, PageRequest request) {
        Set<Long> territoryIds = null;
        if (c.territory() != null) {
            Optional<Long> id = territories.idOf(c.territory());
            if (id.isEmpty()) {
                return Page.of(List.of(), request, 0);
            }
            territoryIds = territories.selfAndDescendantIds(id.get());
        }
        Long coalitionId = null;
        if (c.coalition() != null) {
            Optional<Long> id = coalitions.idOf(c.coalition());
            if (id.isEmpty()) {
                return Page.of(List.of(), request, 0);
            }
            coalitionId = id.get();
        }
        Long actorId = null;
        if (c.actor() != null) {
            Optional<Long> id = actors.idOf(c.actor());
            if (id.isEmpty()) {
                return Page.of(List.of(), request, 0);
            }
            actorId = id.get();
        }
        FilteredQuery.Result<LocalInitiative> result = repository.page(
                new LocalInitiativeRepository.Filter(territoryIds, coalitionId, actorId, c.title()), request, totals);
        return Page.of(toViews(result.items()), request, result.total());
    }

    /** Initiatives of a territory and of the territories below it; 404 for an unknown territory. */
    public Page<LocalInitiativeView> ofTerritory(String territorySlug, PageRequest request) {
        if (territories.idOf(territorySlug).isEmpty()) {
            throw DomainException.notFound("territory", territorySlug);
        }
        return list(new Criteria(territorySlug, null, null, null), request);
    }

    public LocalInitiativeView get(String slug) {
        return toView(load(slug));
    }

    @Transactional
    public LocalInitiativeView create(LocalInitiativeInput input) {
        String slug = input.slug() != null ? input.slug() : Slugs.slugify(input.title(), 120);
        checkSlugFree(slug);
        LocalInitiative initiative = new LocalInitiative(slug);
        apply(initiative, input);
        repository.persist(initiative);
        repository.flush();
        return toView(initiative);
    }

    @Transactional
    public LocalInitiativeView update(String slug, LocalInitiativeInput input, String ifMatch) {
        LocalInitiative initiative = load(slug);
        tags.checkIfMatch(ifMatch, toView(initiative));
        if (input.slug() != null && !input.slug().equals(slug)) {
            checkSlugFree(input.slug());
            initiative.setSlug(input.slug());
        }
        apply(initiative, input);
        repository.flush();
        return toView(initiative);
    }

    @Transactional
    public void delete(String slug) {
        repository.delete(load(slug));
    }

    private LocalInitiative load(String slug) {
        return repository.findBySlug(slug).orElseThrow(() -> DomainException.notFound("initiative", slug));
    }

    private void checkSlugFree(String slug) {
        if (repository.findBySlug(slug).isPresent()) {
            throw DomainException.conflict("An initiative with slug '" + slug + "' already exists");
        }
    }

    private void apply(LocalInitiative i, LocalInitiativeInput input) {
        Long territoryId =
                territories.idsBySlug(List.of(input.territory()), "territory").get(input.territory());
        Long coalitionId = input.coalition() == null
                ? null
                : coalitions.idsBySlug(List.of(input.coalition()), "coalition").get(input.coalition());
        Long actorId = input.actor() == null
                ? null
                : actors.idsBySlug(List.of(input.actor()), "actor").get(input.actor());
        i.setTitle(input.title().trim());
        i.setDescription(input.description());
        i.setUrl(
                input.url() == null || input.url().isBlank()
                        ? null
                        : input.url().trim());
        i.setTerritoryId(territoryId);
        i.setCoalitionId(coalitionId);
        i.setActorId(actorId);
        i.setSample(Boolean.TRUE.equals(input.sample()));
    }

    private LocalInitiativeView toView(LocalInitiative i) {
        return toViews(List.of(i)).get(0);
    }

    /** Views of the given rows with everything they embed batch-loaded (one query per kind). */
    private List<LocalInitiativeView> toViews(List<LocalInitiative> rows) {
        Set<Long> territoryIds = new HashSet<>();
        Set<Long> coalitionIds = new HashSet<>();
        Set<Long> actorIds = new HashSet<>();
        for (LocalInitiative i : rows) {
            territoryIds.add(i.getTerritoryId());
            if (i.getCoalitionId() != null) {
                coalitionIds.add(i.getCoalitionId());
            }
            if (i.getActorId() != null) {
                actorIds.add(i.getActorId());
            }
        }
        Map<Long, TerritorySummary> places = territories.summaries(territoryIds);
        Map<Long, CoalitionRef> refs = coalitions.refs(coalitionIds);
        Map<Long, ActorSummary> carriers = actors.summaries(actorIds);
        return rows.stream()
                .map(i -> new LocalInitiativeView(
                        i.getSlug(),
                        i.getTitle(),
                        i.getDescription(),
                        i.getUrl(),
                        places.get(i.getTerritoryId()),
                        refs.get(i.getCoalitionId()),
                        carriers.get(i.getActorId()),
                        i.isSample(),
                        i.getUpdatedAt()))
                .toList();
    }
}
