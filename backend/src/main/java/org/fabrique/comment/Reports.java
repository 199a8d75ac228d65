package org.fabrique.comment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.account.Caller;

/**
 * Readers' reports of comments and suggestions: one per reporter (the signed-in account, or else
 * the client address, as keyed hashes) and item; after {@code reports-to-hide} distinct open
 * reporters the item is hidden until a moderator decides (which resolves its reports).
 */
@ApplicationScoped
public class Reports {
    private final ReportRepository repository;
    private final Fingerprints fingerprints;
    private final ParticipationConfig config;

    public Reports(ReportRepository repository, Fingerprints fingerprints, ParticipationConfig config) {
        this.repository = repository;
        this.fingerprints = fingerprints;
        this.config = config;
    }

    public String reporterKey(Caller caller, ClientInfo client) {
        return caller.isAnonymous() ? fingerprints.address(client.ip()) : fingerprints.account(caller.accountId());
    }

    /**
     * Records a report (a second one from the same reporter is ignored).
     *
     * @return true when the item now has enough distinct reporters to be hidden
     */
    public boolean report(Long commentId, Long suggestionId, String reporterKey, ReportInput input) {
        if (!repository.exists(commentId, suggestionId, reporterKey)) {
            String detail = input.detail() == null || input.detail().isBlank()
                    ? null
                    : input.detail().trim();
            repository.persist(new ContentReport(commentId, suggestionId, reporterKey, input.reason(), detail));
            repository.flush();
        }
        return repository.openReporters(commentId, suggestionId) >= config.reportsToHide();
    }

    public Map<Long, List<ReportView>> openOfComments(Collection<Long> ids) {
        Map<Long, List<ReportView>> map = new HashMap<>();
        for (ContentReport r : repository.openOfComments(ids)) {
            map.computeIfAbsent(r.getCommentId(), k -> new ArrayList<>()).add(view(r));
        }
        return map;
    }

    public Map<Long, List<ReportView>> openOfSuggestions(Collection<Long> ids) {
        Map<Long, List<ReportView>> map = new HashMap<>();
        for (ContentReport r : repository.openOfSuggestions(ids)) {
            map.computeIfAbsent(r.getSuggestionId(), k -> new ArrayList<>()).add(view(r));
        }
        return map;
    }

    public void resolveComments(Collection<Long> ids) {
        repository.resolveComments(ids);
    }

    public void resolveSuggestions(Collection<Long> ids) {
        repository.resolveSuggestions(ids);
    }

    private static ReportView view(ContentReport r) {
        return new ReportView(r.getReason(), r.getDetail(), r.getCreatedAt());
    }
}
