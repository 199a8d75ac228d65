package org.fabrique.coalition.territorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.ActorSummary;
import org.fabrique.coalition.Coalition;
import org.fabrique.coalition.CoalitionAccess;
import org.fabrique.coalition.CoalitionService;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.ListQuery;
import org.fabrique.territory.TerritoryService;
import org.fabrique.territory.TerritorySummary;

/** Local declensions of coalitions in territories, with their partners and commitments. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TerritorialCoalitionService {
    public static final Set<String> COALITION_SORTS = Set.of("createdAt", "status", "priority");
    public static final Set<String> TERRITORY_SORTS = Set.of("number", "createdAt", "status", "priority");

    private final TerritorialCoalitionRepository repository;
    private final CoalitionService coalitions;
    private final TerritorialMapper mapper;
    private final TerritoryService territories;
    private final ActorService actors;
    private final EntityTags tags;
    private final CoalitionAccess access;
    private final ListTotals totals;

    public TerritorialCoalitionService(
            TerritorialCoalitionRepository repository,
            CoalitionService coalitions,
            TerritorialMapper mapper,
            TerritoryService territories,
            ActorService actors,
            EntityTags tags,
            CoalitionAccess access,
            ListTotals totals) {
        this.access = access;
        this.totals = totals;
        this.repository = repository;
        this.coalitions = coalitions;
        this.mapper = mapper;
        this.territories = territories;
        this.actors = actors;
        this.tags = tags;
    }

    /** Each territory where coalitions are declined, with their number (the map's shading). */
    public List<TerritoryCoalitionCount> countsByTerritory() {
        List<TerritorialCoalitionRepository.TerritoryCount> counts = repository.countsByTerritory();
        Map<Long, TerritorySummary> summaries = territories.summaries(counts.stream()
                .map(TerritorialCoalitionRepository.TerritoryCount::territoryId)
                .toList());
        return counts.stream()
                .filter(c -> summaries.containsKey(c.territoryId()))
                .map(c -> new TerritoryCoalitionCount(summaries.get(c.territoryId()), c.coalitions()))
                .sorted(java.util.Comparator.comparing(c -> c.territory().slug()))
                .toList();
    }

    /** The territories a coalition is declined in. */
    public Page<TerritorialCoalitionView> ofCoalition(String coalitionSlug, PageRequest page) {
        long coalitionId = coalitions.load(coalitionSlug).getId();
        return page(
                ListQuery.over(TerritorialCoalition.class, "t")
                        .and("t.coalition.id = :coalition", "coalition", coalitionId),
                page);
    }

    /** The coalitions declined in a territory; 404 when no territory has that slug. */
    public Page<TerritorialCoalitionView> ofTerritory(
            String territorySlug,
            Positioning positioning,
            TerritorialStatus status,
            Boolean priority,
            PageRequest page) {
        long territoryId =
                territories.idOf(territorySlug).orElseThrow(() -> DomainException.notFound("territory", territorySlug));
        return page(
                ListQuery.over(TerritorialCoalition.class, "t")
                        .and("t.territoryId = :territory", "territory", territoryId)
                        .and("t.positioning = :positioning", "positioning", positioning)
                        .and("t.status = :status", "status", status)
                        .and("t.priority = :priority", "priority", priority),
                page);
    }

    public Versioned<TerritorialCoalitionView> get(String coalitionSlug, String territorySlug) {
        return versioned(load(coalitionSlug, territorySlug));
    }

    @Transactional
    public Versioned<TerritorialCoalitionView> create(String coalitionSlug, TerritorialCoalitionInput input) {
        Coalition coalition = coalitions.load(coalitionSlug);
        if (input.territory() == null || input.territory().isBlank()) {
            throw DomainException.invalidField("territory", "must not be blank");
        }
        long territoryId =
                territories.idsBySlug(List.of(input.territory()), "territory").get(input.territory());
        access.requireDeclensionEditable(coalition, territoryId);
        if (repository.find(coalition.getId(), territoryId).isPresent()) {
            throw DomainException.conflict(
                    "Coalition '" + coalitionSlug + "' is already declined in territory '" + input.territory() + "'");
        }
        TerritorialCoalition declension = new TerritorialCoalition(coalition, territoryId);
        apply(declension, input);
        repository.persist(declension);
        repository.flush();
        return versioned(declension);
    }

    @Transactional
    public Versioned<TerritorialCoalitionView> update(
            String coalitionSlug, String territorySlug, TerritorialCoalitionInput input, String ifMatch) {
        requireEditable(coalitionSlug, territorySlug);
        TerritorialCoalition declension = load(coalitionSlug, territorySlug);
        tags.checkIfMatch(ifMatch, declension.getVersion());
        apply(declension, input);
        repository.flush();
        return versioned(declension);
    }

    @Transactional
    public void delete(String coalitionSlug, String territorySlug) {
        requireEditable(coalitionSlug, territorySlug);
        repository.delete(load(coalitionSlug, territorySlug));
    }

    private Page<TerritorialCoalitionView> page(ListQuery query, PageRequest page) {
        String direction = page.descending() ? " desc" : " asc";
        String property = page.sort().equals("number") ? "t.coalition.number" : "t." + page.sort();
        ListQuery.Rows<TerritorialCoalition> rows = query.page(
                repository.getEntityManager(),
                "t",
                TerritorialCoalition.class,
                property + direction + ", t.id" + direction,
                page,
                totals);
        return Page.of(mapper.views(rows.items()), page, rows.total(), rows.nextCursor());
    }

    /** The right is checked on the coalition and territory before the declension is looked up. */
    private void requireEditable(String coalitionSlug, String territorySlug) {
        Coalition coalition = coalitions.load(coalitionSlug);
        long territoryId =
                territories.idOf(territorySlug).orElseThrow(() -> DomainException.notFound("territory", territorySlug));
        access.requireDeclensionEditable(coalition, territoryId);
    }

    private TerritorialCoalition load(String coalitionSlug, String territorySlug) {
        Coalition coalition = coalitions.load(coalitionSlug);
        long territoryId =
                territories.idOf(territorySlug).orElseThrow(() -> DomainException.notFound("territory", territorySlug));
        return repository
                .find(coalition.getId(), territoryId)
                .orElseThrow(
                        () -> DomainException.notFound("territorial coalition", coalitionSlug + "/" + territorySlug));
    }

    private Versioned<TerritorialCoalitionView> versioned(TerritorialCoalition declension) {
        return new Versioned<>(mapper.view(declension), declension.getVersion());
    }

    private void apply(TerritorialCoalition t, TerritorialCoalitionInput input) {
        t.setPositioning(input.positioning());
        t.setPriority(Boolean.TRUE.equals(input.priority()));
        t.setStatus(input.status() != null ? input.status() : TerritorialStatus.IDENTIFIED);
        t.setCommitments(input.commitments());
        t.setSample(Boolean.TRUE.equals(input.sample()));
        List<TerritorialCoalitionInput.PartnerInput> partners = input.partners() == null ? List.of() : input.partners();
        Set<String> actorSlugs = new HashSet<>();
        partners.forEach(p -> {
            if (p.actor() != null) {
                actorSlugs.add(p.actor());
            }
        });
        Map<String, Long> actorIds = actorSlugs.isEmpty() ? Map.of() : actors.idsBySlug(actorSlugs, "partners.actor");
        Map<Long, ActorSummary> names =
                actorIds.isEmpty() ? Map.of() : actors.summaries(new HashSet<>(actorIds.values()));
        List<TerritorialPartner> next = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            TerritorialCoalitionInput.PartnerInput p = partners.get(i);
            Long actorId = p.actor() == null ? null : actorIds.get(p.actor());
            String label = p.label() != null && !p.label().isBlank()
                    ? p.label().trim()
                    : actorId != null ? names.get(actorId).name() : null;
            if (label == null) {
                throw DomainException.invalidField("partners[" + i + "].label", "give a label or an actor");
            }
            next.add(new TerritorialPartner(p.scope(), p.status(), actorId, label));
        }
        t.getPartners().clear();
        t.getPartners().addAll(next);
    }
}
