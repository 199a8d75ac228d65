package org.fabrique.toolbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

/** Shared resources of the toolbox: guides, toolkits, experience reports, commons. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SharedResourceService {
    public static final Set<String> SORTS = Set.of("title", "updatedAt");

    private final SharedResourceRepository repository;
    private final TerritoryService territories;
    private final ActorService actors;
    private final CoalitionDirectory coalitions;
    private final EntityTags tags;
    private final ListTotals totals;

    public SharedResourceService(
            SharedResourceRepository repository,
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
    public record Criteria(
            String territory, String coalition, ResourceKind kind, Availability availability, String title) {}

    /**
     * One page of resources; the territory filter includes the territories below it; an unknown
     * territory or coalition slug gives an empty page. Queries: count, rows, coalition ids
     * (batch-fetched), then one each for publishers, territories and coalitions.
     */
    public Page<SharedResourceView> list(Criteria c, PageRequest request) {
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
        FilteredQuery.Result<SharedResource> result = repository.page(
                new SharedResourceRepository.Filter(territoryIds, coalitionId, c.kind(), c.availability(), c.title()),
                request,
                totals);
        return Page.of(toViews(result.items()), request, result.total());
    }

    /** Resources of a territory and of the territories below it; 404 for an unknown territory. */
    public Page<SharedResourceView> ofTerritory(String territorySlug, PageRequest request) {
        if (territories.idOf(territorySlug).isEmpty()) {
            throw DomainException.notFound("territory", territorySlug);
        }
        return list(new Criteria(territorySlug, null, null, null, null), request);
    }

    public SharedResourceView get(String slug) {
        return toView(load(slug));
    }

    @Transactional
    public SharedResourceView create(SharedResourceInput input) {
        String slug = input.slug() != null ? input.slug() : Slugs.slugify(input.title(), 120);
        checkSlugFree(slug);
        SharedResource resource = new SharedResource(slug);
        apply(resource, input);
        repository.persist(resource);
        repository.flush();
        return toView(resource);
    }

    @Transactional
    public SharedResourceView update(String slug, SharedResourceInput input, String ifMatch) {
        SharedResource resource = load(slug);
        tags.checkIfMatch(ifMatch, toView(resource));
        if (input.slug() != null && !input.slug().equals(slug)) {
            checkSlugFree(input.slug());
            resource.setSlug(input.slug());
        }
        apply(resource, input);
        repository.flush();
        return toView(resource);
    }

    @Transactional
    public void delete(String slug) {
        repository.delete(load(slug));
    }

    private SharedResource load(String slug) {
        return repository.findBySlug(slug).orElseThrow(() -> DomainException.notFound("resource", slug));
    }

    private void checkSlugFree(String slug) {
        if (repository.findBySlug(slug).isPresent()) {
            throw DomainException.conflict("A resource with slug '" + slug + "' already exists");
        }
    }

    private void apply(SharedResource r, SharedResourceInput input) {
        Long publisherId = input.publisher() == null
                ? null
                : actors.idsBySlug(List.of(input.publisher()), "publisher").get(input.publisher());
        Long territoryId = input.territory() == null
                ? null
                : territories.idsBySlug(List.of(input.territory()), "territory").get(input.territory());
        Set<Long> coalitionIds = new LinkedHashSet<>();
        if (input.coalitions() != null && !input.coalitions().isEmpty()) {
            Map<String, Long> ids = coalitions.idsBySlug(input.coalitions(), "coalitions");
            for (String s : input.coalitions()) {
                coalitionIds.add(ids.get(s));
            }
        }
        r.setTitle(input.title().trim());
        r.setKind(input.kind());
        r.setDescription(input.description());
        r.setUrl(blankToNull(input.url()));
        r.setLicence(blankToNull(input.licence()));
        r.setAvailability(input.availability());
        r.setPublisherActorId(publisherId);
        r.setTerritoryId(territoryId);
        r.setSample(Boolean.TRUE.equals(input.sample()));
        r.getCoalitionIds().retainAll(coalitionIds);
        r.getCoalitionIds().addAll(coalitionIds);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private SharedResourceView toView(SharedResource r) {
        return toViews(List.of(r)).get(0);
    }

    /** Views of the given rows with everything they embed batch-loaded (one query per kind). */
    private List<SharedResourceView> toViews(List<SharedResource> rows) {
        Set<Long> actorIds = new HashSet<>();
        Set<Long> territoryIds = new HashSet<>();
        Set<Long> coalitionIds = new HashSet<>();
        for (SharedResource r : rows) {
            if (r.getPublisherActorId() != null) {
                actorIds.add(r.getPublisherActorId());
            }
            if (r.getTerritoryId() != null) {
                territoryIds.add(r.getTerritoryId());
            }
            coalitionIds.addAll(r.getCoalitionIds());
        }
        Map<Long, ActorSummary> publishers = actors.summaries(actorIds);
        Map<Long, TerritorySummary> places = territories.summaries(territoryIds);
        Map<Long, CoalitionRef> refs = coalitions.refs(coalitionIds);
        return rows.stream()
                .map(r -> new SharedResourceView(
                        r.getSlug(),
                        r.getTitle(),
                        r.getKind(),
                        r.getDescription(),
                        r.getUrl(),
                        r.getLicence(),
                        r.getAvailability(),
                        publishers.get(r.getPublisherActorId()),
                        places.get(r.getTerritoryId()),
                        r.getCoalitionIds().stream()
                                .map(refs::get)
                                .filter(Objects::nonNull)
                                .sorted(Comparator.comparingInt(CoalitionRef::number))
                                .toList(),
                        r.isSample(),
                        r.getUpdatedAt()))
                .toList();
    }
}
