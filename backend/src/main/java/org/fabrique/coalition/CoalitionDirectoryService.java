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

    public CoalitionDirectoryService(CoalitionRepository repository, CoalitionMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
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
