package org.fabrique.coalition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fabrique.common.persistence.SlugIds;

/** The coalition feature's {@link CoalitionDirectory}, for the features above it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoalitionDirectoryService implements CoalitionDirectory {
    private final CoalitionRepository repository;
    private final CoalitionMapper mapper;
    private final CoalitionAccess access;
    private final CoalitionHealthRepository health;
    private final CoalitionNetworkRepository network;
    private final CoalitionService coalitions;

    public CoalitionDirectoryService(
            CoalitionRepository repository,
            CoalitionMapper mapper,
            CoalitionAccess access,
            CoalitionHealthRepository health,
            CoalitionNetworkRepository network,
            CoalitionService coalitions) {
        this.repository = repository;
        this.mapper = mapper;
        this.access = access;
        this.health = health;
        this.network = network;
        this.coalitions = coalitions;
    }

    @Override
    @Transactional
    public CoalitionRef create(CoalitionInput input, Collection<Long> coordinatorAccountIds) {
        String slug = coalitions.create(input).view().slug();
        Coalition coalition = repository.findBySlug(slug).orElseThrow();
        coalition.getCoordinatorAccountIds().addAll(coordinatorAccountIds);
        repository.flush();
        return mapper.refs(Set.of(coalition.getId())).get(coalition.getId());
    }

    @Override
    public Set<Long> idsInAxis(String axisSlug) {
        return repository.idsInAxis(axisSlug);
    }

    @Override
    public boolean editableByCaller(long coalitionId) {
        return repository.findByIdOptional(coalitionId).map(access::canEdit).orElse(false);
    }

    @Override
    public Map<String, CoalitionHealth> health(Collection<String> slugs) {
        return health.bySlug(Set.copyOf(slugs), java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
    }

    @Override
    public CoalitionNetwork network(Long axisId, Set<Long> territoryIds, Stage stage) {
        return network.network(axisId, territoryIds, stage);
    }

    @Override
    public CoalitionNetwork networkOf(long coalitionId) {
        return network.networkOf(coalitionId);
    }

    @Override
    public Map<Long, List<Long>> confirmedCoalitionsOf(Collection<Long> actorIds) {
        return actorIds.isEmpty() ? Map.of() : network.confirmedCoalitionsOf(actorIds);
    }

    @Override
    public Map<Long, CoalitionRef> refs(Collection<Long> ids) {
        return mapper.refs(Set.copyOf(ids));
    }

    @Override
    public Optional<Long> idOf(String slug) {
        return repository.findBySlug(slug).map(Coalition::getId);
    }

    @Override
    public Map<String, Long> idsBySlug(Collection<String> slugs, String field) {
        return SlugIds.resolve(repository.getEntityManager(), Coalition.class, "coalition", slugs, field);
    }

    @Override
    public Optional<Boolean> commentsOpen(String slug) {
        return repository.findBySlug(slug).map(Coalition::isCommentsOpen);
    }

    @Override
    public long count() {
        return repository.count();
    }

    @Override
    public Map<Long, List<CoalitionSummary>> summariesByAxis(Collection<Long> axisIds, int perAxis) {
        Map<Long, List<CoalitionSummary>> result = new LinkedHashMap<>();
        for (Long axisId : axisIds) {
            result.put(axisId, new ArrayList<>());
        }
        List<CoalitionRepository.AxisMember> members = repository.firstByAxes(Set.copyOf(axisIds), perAxis);
        Set<Long> ids = new java.util.HashSet<>();
        members.forEach(m -> ids.add(m.coalitionId()));
        Map<Long, CoalitionSummary> byId = new HashMap<>();
        List<CoalitionSummaryRow> rows = repository.summaryRows(ids);
        List<CoalitionSummary> summaries = mapper.summariesOfRows(rows);
        for (int i = 0; i < rows.size(); i++) {
            byId.put(rows.get(i).id(), summaries.get(i));
        }
        members.forEach(m -> result.get(m.axisId()).add(byId.get(m.coalitionId())));
        return result;
    }

    @Override
    public Set<Long> coordinatorAccountIds(long coalitionId) {
        return repository
                .findByIdOptional(coalitionId)
                .map(c -> Set.copyOf(c.getCoordinatorAccountIds()))
                .orElse(Set.of());
    }
}
