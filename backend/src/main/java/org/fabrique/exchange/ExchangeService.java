package org.fabrique.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.persistence.SlugCatalogue;
import org.fabrique.territory.TerritoryService;

/**
 * Inter-territorial exchanges (issue 15): territories that share practices and experiences on
 * some coalitions, and the experience reports each territory gives in them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExchangeService {
    private final SlugCatalogue<Exchange> catalogue = new SlugCatalogue<>(Exchange.class, "exchange");
    private final ExchangeRepository repository;
    private final ExchangeMapper mapper;
    private final ExchangeAccess access;
    private final TerritoryService territories;
    private final CoalitionDirectory coalitions;

    ExchangeService(
            ExchangeRepository repository,
            ExchangeMapper mapper,
            ExchangeAccess access,
            TerritoryService territories,
            CoalitionDirectory coalitions) {
        this.repository = repository;
        this.mapper = mapper;
        this.access = access;
        this.territories = territories;
        this.coalitions = coalitions;
    }

    /**
     * The exchanges in which the territory (or one below it) takes part and about the coalition,
     * each filter a slug or null; an unknown slug gives none.
     */
    public List<ExchangeViews.Summary> list(String territory, String coalition) {
        Set<Long> territoryIds = null;
        if (territory != null) {
            Optional<Long> id = territories.idOf(territory);
            if (id.isEmpty()) {
                return List.of();
            }
            territoryIds = territories.selfAndDescendantIds(id.get());
        }
        Long coalitionId = null;
        if (coalition != null) {
            Optional<Long> id = coalitions.idOf(coalition);
            if (id.isEmpty()) {
                return List.of();
            }
            coalitionId = id.get();
        }
        return mapper.summaries(repository.matching(territoryIds, coalitionId));
    }

    public Versioned<ExchangeViews.Detail> get(String slug) {
        return versioned(catalogue.load(slug));
    }

    @Transactional
    public Versioned<ExchangeViews.Detail> create(ExchangeInput input) {
        Set<Long> territoryIds = territoryIds(input);
        access.requireExchange(territoryIds);
        return versioned(
                catalogue.create(input.slug(), input.title(), Exchange::new, e -> apply(e, input, territoryIds)));
    }

    @Transactional
    public Versioned<ExchangeViews.Detail> update(String slug, ExchangeInput input, String ifMatch) {
        access.requireExchange(catalogue.load(slug).getTerritoryIds());
        Set<Long> territoryIds = territoryIds(input);
        return versioned(catalogue.update(slug, input.slug(), ifMatch, e -> apply(e, input, territoryIds)));
    }

    @Transactional
    public void delete(String slug) {
        access.requireExchange(catalogue.load(slug).getTerritoryIds());
        catalogue.delete(slug);
    }

    /** The exchange of a report's address; 404 when there is none. */
    Exchange load(String slug) {
        return catalogue.load(slug);
    }

    private Set<Long> territoryIds(ExchangeInput input) {
        Set<Long> ids = new LinkedHashSet<>();
        List<String> slugs = input.territories().stream().distinct().toList();
        var bySlug = territories.idsBySlug(slugs, "territories");
        slugs.forEach(s -> ids.add(bySlug.get(s)));
        if (ids.size() < 2) {
            throw DomainException.invalidField("territories", "An exchange links at least two territories");
        }
        return ids;
    }

    private void apply(Exchange e, ExchangeInput input, Set<Long> territoryIds) {
        // A territory that leaves the exchange takes its reports with it.
        Set<Long> leaving = new LinkedHashSet<>(e.getTerritoryIds());
        leaving.removeAll(territoryIds);
        if (!leaving.isEmpty() && e.getId() != null) {
            repository.reportsOf(List.of(e.getId())).stream()
                    .filter(r -> leaving.contains(r.getTerritoryId()))
                    .forEach(repository::deleteReport);
        }
        e.setTitle(input.title().trim());
        e.setDescription(input.description() == null || input.description().isBlank() ? null : input.description());
        e.getTerritoryIds().clear();
        e.getTerritoryIds().addAll(territoryIds);
        e.getCoalitionIds().clear();
        List<String> coalitionSlugs = input.coalitions() == null
                ? List.of()
                : input.coalitions().stream().distinct().toList();
        var coalitionIds = coalitions.idsBySlug(coalitionSlugs, "coalitions");
        coalitionSlugs.forEach(s -> e.getCoalitionIds().add(coalitionIds.get(s)));
        e.setSample(Boolean.TRUE.equals(input.sample()));
    }

    private Versioned<ExchangeViews.Detail> versioned(Exchange e) {
        return new Versioned<>(mapper.detail(e), e.getVersion());
    }
}
