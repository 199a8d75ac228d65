package org.fabrique.comment;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** Reports of comments and suggestions. */
@ApplicationScoped
public class ReportRepository implements PanacheRepository<ContentReport> {
    public boolean exists(Long commentId, Long suggestionId, String reporterKey) {
        return commentId != null
                ? count("commentId = ?1 and reporterKey = ?2", commentId, reporterKey) > 0
                : count("suggestionId = ?1 and reporterKey = ?2", suggestionId, reporterKey) > 0;
    }

    public long openReporters(Long commentId, Long suggestionId) {
        return commentId != null
                ? count("commentId = ?1 and resolved = false", commentId)
                : count("suggestionId = ?1 and resolved = false", suggestionId);
    }

    public List<ContentReport> openOfComments(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("commentId in ?1 and resolved = false order by id", ids);
    }

    public List<ContentReport> openOfSuggestions(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("suggestionId in ?1 and resolved = false order by id", ids);
    }

    public void resolveComments(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            update("resolved = true where commentId in ?1 and resolved = false", ids);
        }
    }

    public void resolveSuggestions(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            update("resolved = true where suggestionId in ?1 and resolved = false", ids);
        }
    }
}
