package org.fabrique.territory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.common.error.DomainException;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TerritoryService {
    private final TerritoryRepository repository;

    public TerritoryService(TerritoryRepository repository) {
        this.repository = repository;
    }

    /** Summaries of the given territories, for other features to embed. */
    public Map<Long, TerritorySummary> summaries(Collection<Long> ids) {
        return repository.findByIds(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(Territory::getId, TerritoryService::toSummary));
    }

    /** The id of a territory used as a filter, or empty when none has that slug. */
    public Optional<Long> idOf(String slug) {
        return repository.findBySlug(slug).map(Territory::getId);
    }

    /** Resolves slugs to ids; an unknown slug is a 400 naming {@code field}. */
    public Map<String, Long> idsBySlug(Collection<String> slugs, String field) {
        Set<String> wanted = Set.copyOf(slugs);
        Map<String, Long> found =
                repository.findBySlugs(wanted).stream().collect(Collectors.toMap(Territory::getSlug, Territory::getId));
        for (String slug : wanted) {
            if (!found.containsKey(slug)) {
                throw DomainException.invalidField(field, "unknown territory '" + slug + "'");
            }
        }
        return found;
    }

    /** The territory and all territories below it (a filter on a region includes its metropolises). */
    public Set<Long> selfAndDescendantIds(long id) {
        List<Territory> all = repository.listAll();
        Set<Long> result = new HashSet<>();
        List<Long> frontier = new ArrayList<>(List.of(id));
        while (!frontier.isEmpty()) {
            Long current = frontier.remove(frontier.size() - 1);
            if (result.add(current)) {
                for (Territory t : all) {
                    if (current.equals(t.getParentId())) {
                        frontier.add(t.getId());
                    }
                }
            }
        }
        return result;
    }

    static TerritorySummary toSummary(Territory t) {
        return new TerritorySummary(t.getSlug(), t.getName(), t.getKind(), t.getCode());
    }
}
