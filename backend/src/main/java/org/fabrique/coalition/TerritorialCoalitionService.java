package org.fabrique.coalition;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.ActorSummary;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.validation.InputValidator;
import org.fabrique.territory.TerritoryService;

/** Local declensions of coalitions in territories, with their partners and commitments. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TerritorialCoalitionService {
    public static final Set<String> COALITION_SORTS = Set.of("createdAt", "status", "priority");
    public static final Set<String> TERRITORY_SORTS = Set.of("number", "createdAt", "status", "priority");

    private final TerritorialCoalitionRepository repository;
    private final CoalitionService coalitions;
    private final CoalitionMapper mapper;
    private final TerritoryService territories;
    private final ActorService actors;
    private final EntityTags tags;
    private final CoalitionAccess access;
    private final InputValidator validator;

    public TerritorialCoalitionService(
            TerritorialCoalitionRepository repository,
            CoalitionService coalitions,
            CoalitionMapper mapper,
            TerritoryService territories,
            ActorService actors,
            EntityTags tags,
            CoalitionAccess access,
            InputValidator validator) {
        this.access = access;
        this.validator = validator;
        this.repository = repository;
        this.coalitions = coalitions;
        this.mapper = mapper;
        this.territories = territories;
        this.actors = actors;
        this.tags = tags;
    }

    /** The territories a coalition is declined in. */
    public Page<TerritorialCoalitionView> ofCoalition(String coalitionSlug, PageRequest page) {
        long coalitionId = coalitions.load(coalitionSlug).getId();
        return page("coalition.id = :coalitionId", Map.of("coalitionId", coalitionId), page);
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
        StringBuilder where = new StringBuilder("territoryId = :territoryId");
        Map<String, Object> params = new HashMap<>();
        params.put("territoryId", territoryId);
        if (positioning != null) {
            where.append(" and positioning = :positioning");
            params.put("positioning", positioning);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (priority != null) {
            where.append(" and priority = :priority");
            params.put("priority", priority);
        }
        return page(where.toString(), params, page);
    }

    public TerritorialCoalitionView get(String coalitionSlug, String territorySlug) {
        return view(load(coalitionSlug, territorySlug));
    }

    @Transactional
    public TerritorialCoalitionView create(String coalitionSlug, TerritorialCoalitionInput input) {
        Coalition coalition = coalitions.load(coalitionSlug);
        if (input == null || input.territory() == null || input.territory().isBlank()) {
            access.requireEditable(coalition);
            validator.valid(input);
            throw DomainException.invalidField("territory", "must not be blank");
        }
        long territoryId =
                territories.idsBySlug(List.of(input.territory()), "territory").get(input.territory());
        access.requireDeclensionEditable(coalition, territoryId);
        validator.valid(input);
        if (repository.find(coalition.getId(), territoryId).isPresent()) {
            throw DomainException.conflict(
                    "Coalition '" + coalitionSlug + "' is already declined in territory '" + input.territory() + "'");
        }
        TerritorialCoalition declension = new TerritorialCoalition(coalition, territoryId);
        apply(declension, input);
        repository.persist(declension);
        repository.flush();
        return view(declension);
    }

    @Transactional
    public TerritorialCoalitionView update(
            String coalitionSlug, String territorySlug, TerritorialCoalitionInput input, String ifMatch) {
        requireEditable(coalitionSlug, territorySlug);
        validator.valid(input);
        TerritorialCoalition declension = load(coalitionSlug, territorySlug);
        tags.checkIfMatch(ifMatch, view(declension));
        apply(declension, input);
        repository.flush();
        return view(declension);
    }

    @Transactional
    public void delete(String coalitionSlug, String territorySlug) {
        requireEditable(coalitionSlug, territorySlug);
        repository.delete(load(coalitionSlug, territorySlug));
    }

    private Page<TerritorialCoalitionView> page(String where, Map<String, Object> params, PageRequest page) {
        long total = repository.countWhere(where, params);
        if (total <= page.offset()) {
            return Page.of(List.of(), page, total);
        }
        Sort.Direction direction = page.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
        String property = page.sort().equals("number") ? "coalition.number" : page.sort();
        Sort sort = Sort.by(property, direction).and("id", direction);
        return Page.of(
                mapper.territorials(repository.pageWhere(where, params, sort, page.page(), page.size())), page, total);
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

    private TerritorialCoalitionView view(TerritorialCoalition declension) {
        return mapper.territorials(List.of(declension)).get(0);
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
        Map<Long, ActorSummary> names = mapper.actorSummaries(new HashSet<>(actorIds.values()));
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
