package org.fabrique.comment;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** Stored anti-spam decisions. */
@ApplicationScoped
public class SpamDecisionRepository implements PanacheRepository<SpamDecision> {
    public List<SpamDecision> ofComments(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("commentId in ?1 order by id", ids);
    }

    public List<SpamDecision> ofSuggestions(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("suggestionId in ?1 order by id", ids);
    }
}
