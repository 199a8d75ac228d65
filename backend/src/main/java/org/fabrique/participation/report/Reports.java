package org.fabrique.participation.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.account.AccountService;
import org.fabrique.account.Caller;
import org.fabrique.participation.ClientInfo;
import org.fabrique.participation.Contribution;
import org.fabrique.participation.ContributionKind;
import org.fabrique.participation.ContributionRepository;
import org.fabrique.participation.ParticipationConfig;
import org.fabrique.participation.submission.Fingerprints;
import org.fabrique.participation.submission.SpamGuard;

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
    private final SpamGuard guard;
    private final AccountService accounts;

    public Reports(
            ReportRepository repository,
            Fingerprints fingerprints,
            ParticipationConfig config,
            SpamGuard guard,
            AccountService accounts) {
        this.repository = repository;
        this.fingerprints = fingerprints;
        this.config = config;
        this.guard = guard;
        this.accounts = accounts;
    }

    /**
     * A reader reports a published contribution; enough distinct reporters hide it. Like
     * submissions, a report is counted in the rate limits between two short transactions (a
     * request never holds two pooled connections).
     */
    public <E extends Contribution<?>> void report(
            ContributionRepository<E, ?> contributions, long id, ReportInput input, ClientInfo client) {
        QuarkusTransaction.joiningExisting().run(() -> contributions.visibleOrThrow(id));
        guard.limit("report", client, null);
        QuarkusTransaction.joiningExisting().run(() -> {
            E contribution = contributions.visibleOrThrow(id);
            if (record(contributions.kind(), id, reporterKey(accounts.caller(), client), input)) {
                contribution.hide();
            }
        });
    }

    String reporterKey(Caller caller, ClientInfo client) {
        return caller.isAnonymous() ? fingerprints.address(client.ip()) : fingerprints.account(caller.accountId());
    }

    /**
     * Records a report (a second one from the same reporter is ignored).
     *
     * @return true when the item now has enough distinct reporters to be hidden
     */
    boolean record(ContributionKind kind, long id, String reporterKey, ReportInput input) {
        if (!repository.exists(kind, id, reporterKey)) {
            String detail = input.detail() == null || input.detail().isBlank()
                    ? null
                    : input.detail().trim();
            repository.persist(ContentReport.of(kind, id, reporterKey, input.reason(), detail));
            repository.flush();
        }
        return repository.openReporters(kind, id) >= config.reportsToHide();
    }

    /** The open reports of these contributions, per contribution (one query). */
    public Map<Long, List<ReportView>> openOf(ContributionKind kind, Collection<Long> ids) {
        Map<Long, List<ReportView>> map = new HashMap<>();
        for (ReportRow r : repository.openOf(kind, ids)) {
            map.computeIfAbsent(r.contributionId(), k -> new ArrayList<>()).add(r.view());
        }
        return map;
    }

    /** A moderator decided: the reports of these contributions are resolved. */
    public void resolve(ContributionKind kind, Collection<Long> ids) {
        repository.resolve(kind, ids);
    }
}
