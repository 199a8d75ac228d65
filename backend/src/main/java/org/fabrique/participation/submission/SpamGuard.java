package org.fabrique.participation.submission;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.common.ratelimit.RateLimitDecision;
import org.fabrique.common.ratelimit.RateLimiter;
import org.fabrique.participation.ClientInfo;
import org.fabrique.participation.ContributionKind;
import org.fabrique.participation.ParticipationConfig;
import org.fabrique.participation.TooManySubmissions;

/**
 * The defence every public submission (comment, suggestion, report, erasure request) goes
 * through: rate limits per client address and per e-mail address (429 with Retry-After, the
 * refusal stored as a decision), then every {@link SpamChecker}; the worst verdict decides the
 * status and every verdict is stored with its reason.
 */
@ApplicationScoped
public class SpamGuard {
    private final List<SpamChecker> checkers;
    private final RateLimiter limiter;
    private final ParticipationConfig config;
    private final SpamDecisionRepository decisions;
    private final SecurityIdentity identity;
    private final Fingerprints fingerprints;

    public SpamGuard(
            @All List<SpamChecker> checkers,
            RateLimiter limiter,
            ParticipationConfig config,
            SpamDecisionRepository decisions,
            SecurityIdentity identity,
            Fingerprints fingerprints) {
        this.identity = identity;
        this.fingerprints = fingerprints;
        this.checkers = checkers;
        this.limiter = limiter;
        this.config = config;
        this.decisions = decisions;
    }

    /** The verdicts on a submission and the worst of them. */
    public record Screening(Verdict verdict, List<SpamVerdict> verdicts) {}

    /**
     * Counts the submission in the buckets (shared by every replica) of who sent it, a signed-in
     * account or else its client address, and of its e-mail address; over a limit, stores the
     * refusal and throws {@link TooManySubmissions}. Signed-in people are counted per account,
     * never per address: thirty participants behind one office address can all take part.
     *
     * @param emailHash the keyed hash of the e-mail, or null when none was given
     */
    public void limit(String action, ClientInfo client, String emailHash) {
        ParticipationConfig.RateLimits limits = config.rateLimit();
        if (!limits.enabled()) {
            return;
        }
        boolean signedIn = !identity.isAnonymous();
        String sender = signedIn
                ? "participation:account:"
                        + fingerprints.subject(identity.getPrincipal().getName())
                : "participation:address:" + fingerprints.address(client.ip());
        RateLimitDecision bySender = limiter.shared(sender, limits.perAddress(), limits.window());
        RateLimitDecision byEmail = emailHash == null || signedIn
                ? null
                : limiter.shared("participation:email:" + emailHash, limits.perEmail(), limits.window());
        String who = !bySender.allowed()
                ? (signedIn ? "account" : "address")
                : byEmail != null && !byEmail.allowed() ? "e-mail address" : null;
        if (who == null) {
            return;
        }
        RateLimitDecision refused = !bySender.allowed() ? bySender : byEmail;
        String reason = "%s refused: more than %d submissions per %d s from this %s"
                .formatted(action, refused.limit(), limits.window().toSeconds(), who);
        QuarkusTransaction.requiringNew()
                .run(() -> decisions.persist(
                        SpamDecision.of(null, null, SpamVerdict.spam("rate-limit", 100, reason), now())));
        throw new TooManySubmissions(
                "Too many submissions from this " + who + "; retry in " + refused.resetSeconds() + " seconds.",
                refused.resetSeconds());
    }

    /** Runs every checker. */
    public Screening screen(Submission submission) {
        List<SpamVerdict> verdicts = new ArrayList<>();
        for (SpamChecker checker : checkers) {
            verdicts.addAll(checker.check(submission));
        }
        Verdict worst = Verdict.PASS;
        for (SpamVerdict v : verdicts) {
            worst = worst.worst(v.verdict());
        }
        return new Screening(worst, verdicts);
    }

    /** Stores the verdicts of a screening with the contribution they decided. */
    public void record(Screening screening, ContributionKind kind, long id) {
        OffsetDateTime at = now();
        for (SpamVerdict v : screening.verdicts()) {
            decisions.persist(SpamDecision.of(kind, id, v, at));
        }
    }

    /** Decisions per contribution, for moderators (one query). */
    public Map<Long, List<SpamDecisionView>> decisionsOf(ContributionKind kind, Collection<Long> ids) {
        Map<Long, List<SpamDecisionView>> map = new HashMap<>();
        for (SpamDecisionRow d : decisions.of(kind, ids)) {
            map.computeIfAbsent(d.contributionId(), k -> new ArrayList<>()).add(d.view());
        }
        return map;
    }

    /** Now, as the database stores it (UTC, microseconds). */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
