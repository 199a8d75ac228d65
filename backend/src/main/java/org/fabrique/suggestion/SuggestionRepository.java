package org.fabrique.suggestion;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Suggestions; public reads see accepted, not hidden suggestions only. */
@ApplicationScoped
public class SuggestionRepository implements PanacheRepository<Suggestion> {
    static final String VISIBLE = "status = org.fabrique.suggestion.SuggestionStatus.ACCEPTED and hidden = false";

    private static String target(SuggestionTarget target) {
        return target.kind() == SuggestionTarget.Kind.AXIS ? "axisId = ?1" : "coalitionId = ?1";
    }

    public List<Suggestion> visible(SuggestionTarget target, int offset, int size, boolean descending) {
        return find(
                        target(target) + " and " + VISIBLE + " order by createdAt " + (descending ? "desc" : "asc")
                                + ", id",
                        target.id())
                .range(offset, offset + size - 1)
                .list();
    }

    public long countVisible(SuggestionTarget target) {
        return count(target(target) + " and " + VISIBLE, target.id());
    }

    public Optional<Suggestion> visible(long id) {
        return find("id = ?1 and " + VISIBLE, id).firstResultOptional();
    }

    public List<Suggestion> visibleOfAxes(Collection<Long> axisIds) {
        return axisIds.isEmpty() ? List.of() : list("axisId in ?1 and " + VISIBLE + " order by createdAt, id", axisIds);
    }

    public Optional<Long> duplicate(
            SuggestionTarget target, String contentHash, String emailHash, OffsetDateTime since) {
        String where = target(target);
        var query = emailHash == null
                ? find(
                        "contentHash = ?2 and createdAt >= ?3 and " + where + " order by id",
                        target.id(),
                        contentHash,
                        since)
                : find(
                        "contentHash = ?2 and createdAt >= ?3 and (" + where + " or emailHash = ?4) order by id",
                        target.id(),
                        contentHash,
                        since,
                        emailHash);
        return query.firstResultOptional().map(Suggestion::getId);
    }

    public boolean hasAccepted(String emailHash, Long accountId) {
        if (accountId != null && count("accountId = ?1 and status = ?2", accountId, SuggestionStatus.ACCEPTED) > 0) {
            return true;
        }
        return emailHash != null && count("emailHash = ?1 and status = ?2", emailHash, SuggestionStatus.ACCEPTED) > 0;
    }

    public List<Suggestion> queue(SuggestionQueue queue, int offset, int size, boolean descending) {
        String order = descending ? " desc" : "";
        return find(queueQuery(queue) + " order by s.createdAt" + order + ", s.id" + order, queueParam(queue))
                .range(offset, offset + size - 1)
                .list();
    }

    public long countQueue(SuggestionQueue queue) {
        return count(queueQuery(queue), queueParam(queue));
    }

    private static String queueQuery(SuggestionQueue queue) {
        return switch (queue) {
            case PENDING, SPAM -> "from Suggestion s where s.status = ?1";
            case REPORTED ->
                "from Suggestion s where s.status <> ?1 and (s.hidden = true or exists (select 1 from"
                        + " ContentReport r where r.suggestionId = s.id and r.resolved = false))";
        };
    }

    private static Object queueParam(SuggestionQueue queue) {
        return switch (queue) {
            case PENDING -> SuggestionStatus.PENDING;
            case SPAM -> SuggestionStatus.SPAM;
            case REPORTED -> SuggestionStatus.SPAM;
        };
    }

    public List<Suggestion> byEmailHash(String emailHash) {
        return list("emailHash = ?1", emailHash);
    }

    public List<Suggestion> byAccount(long accountId) {
        return list("accountId = ?1", accountId);
    }

    public List<Suggestion> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
