package org.fabrique.coalition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.common.error.DomainException;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoalitionService {
    private final CoalitionRepository repository;

    public CoalitionService(CoalitionRepository repository) {
        this.repository = repository;
    }

    /** References to the given coalitions, for other features to embed. */
    public Map<Long, CoalitionRef> refs(Collection<Long> ids) {
        return repository.findByIds(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(Coalition::getId, CoalitionService::toRef));
    }

    /** The id of a coalition used as a filter, or empty when none has that slug. */
    public Optional<Long> idOf(String slug) {
        return repository.findBySlug(slug).map(Coalition::getId);
    }

    /** Resolves slugs to ids; an unknown slug is a 400 naming {@code field}. */
    public Map<String, Long> idsBySlug(Collection<String> slugs, String field) {
        Set<String> wanted = Set.copyOf(slugs);
        Map<String, Long> found =
                repository.findBySlugs(wanted).stream().collect(Collectors.toMap(Coalition::getSlug, Coalition::getId));
        for (String slug : wanted) {
            if (!found.containsKey(slug)) {
                throw DomainException.invalidField(field, "unknown coalition '" + slug + "'");
            }
        }
        return found;
    }

    static CoalitionRef toRef(Coalition c) {
        return new CoalitionRef(c.getNumber(), c.getSlug(), c.getTitle(), c.getStage());
    }
}
