package org.fabrique.participation.submission;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.fabrique.account.AccountRef;
import org.fabrique.account.AccountService;
import org.fabrique.account.Caller;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.Problem;
import org.fabrique.common.error.ProblemType;
import org.fabrique.participation.Author;
import org.fabrique.participation.ClientInfo;
import org.fabrique.participation.Contribution;
import org.fabrique.participation.ContributionRepository;
import org.fabrique.participation.ParticipationConfig;
import org.fabrique.participation.SubmissionReceipt;

/**
 * The one way a comment or a suggestion is received: the kind checks and resolves what it needs
 * (its page, its fields), the submission is counted in the rate limits, then it is signed with
 * its author and the keyed hashes, screened by every {@link SpamChecker}, stored with the
 * verdicts. The kind only decides what a verdict makes of its status.
 */
@ApplicationScoped
public class SubmissionPipeline {
    private final SpamGuard guard;
    private final Fingerprints fingerprints;
    private final AccountService accounts;
    private final ParticipationConfig config;
    private final jakarta.enterprise.event.Event<org.fabrique.participation.ContributionHeld> held;

    public SubmissionPipeline(
            SpamGuard guard,
            Fingerprints fingerprints,
            AccountService accounts,
            ParticipationConfig config,
            jakarta.enterprise.event.Event<org.fabrique.participation.ContributionHeld> held) {
        this.guard = guard;
        this.fingerprints = fingerprints;
        this.accounts = accounts;
        this.config = config;
        this.held = held;
    }

    /** What a kind of contribution resolved before the submission is counted: at least its author. */
    public interface Accepted {
        Author author();
    }

    /**
     * What the anti-spam rules read of a submission besides its author.
     *
     * @param body the raw body as sent (links are counted in it)
     * @param text the visible text (title included)
     * @param fingerprint what identical submissions share (hashed to find duplicates)
     */
    public record Content(
            String type,
            String website,
            String body,
            String text,
            String fingerprint,
            String honeypot,
            OffsetDateTime formStartedAt) {}

    /**
     * Accepts, counts and stores a submission.
     *
     * @param accept checks and resolves the submission (in a short transaction of its own)
     * @param store screens and stores it (in another)
     */
    // Rate limits are counted between the two transactions: each counter runs in a short
    // transaction of its own, and a request must never hold two pooled connections at once (50
    // concurrent commenters exhausted a pool of 20 that way: bench/README.md). An invalid
    // submission is refused before it is counted, so that fixing a form costs nothing.
    public <A extends Accepted> SubmissionReceipt submit(
            String type, ClientInfo client, Supplier<A> accept, Function<A, SubmissionReceipt> store) {
        A accepted = QuarkusTransaction.joiningExisting().call(accept::get);
        guard.limit(type, client, accepted.author().emailHash());
        return QuarkusTransaction.joiningExisting().call(() -> store.apply(accepted));
    }

    /**
     * The author of a submission: a signed-in member (named after their account unless they give
     * a name), or an anonymous reader, who must give a name and an e-mail address (400 listing
     * both when missing).
     */
    public Author author(String authorName, String email, Function<AccountRef, String> memberName) {
        Caller caller = accounts.caller();
        String name = trim(authorName);
        String address = trim(email);
        if (caller.isAnonymous()) {
            List<Problem.FieldError> missing = new ArrayList<>();
            if (address == null) {
                missing.add(new Problem.FieldError("email", "required unless signed in"));
            }
            if (name == null) {
                missing.add(new Problem.FieldError("authorName", "required unless signed in"));
            }
            if (!missing.isEmpty()) {
                throw new DomainException(ProblemType.VALIDATION, "The request has invalid fields", missing);
            }
        } else if (name == null) {
            AccountRef ref = accounts.refs(List.of(caller.accountId())).get(caller.accountId());
            name = memberName.apply(ref);
            name = name.length() > 100 ? name.substring(0, 100) : name;
        }
        return new Author(caller.accountId(), name, address, fingerprints.email(address));
    }

    /**
     * Signs a new contribution with its author and hashes, and screens it: duplicates are looked
     * for on its page and by its e-mail address; an author is known when they have a published
     * contribution of this kind or {@code knownElsewhere}.
     */
    public <E extends Contribution<?>> SpamGuard.Screening screen(
            E draft,
            ContributionRepository<E, ?> repository,
            Author author,
            ClientInfo client,
            Content content,
            boolean knownElsewhere) {
        String contentHash = fingerprints.content(content.fingerprint());
        draft.sign(author, fingerprints.address(client.ip()), contentHash);
        OffsetDateTime since = SpamGuard.now().minus(config.duplicateWindow());
        Long duplicateOf = repository
                .duplicate(draft, contentHash, author.emailHash(), since)
                .orElse(null);
        boolean known = knownElsewhere || repository.hasPublished(author.emailHash(), author.accountId());
        return guard.screen(new Submission(
                content.type(),
                author.name(),
                author.email(),
                content.website(),
                content.body(),
                content.text(),
                content.honeypot(),
                content.formStartedAt(),
                client.ip(),
                client.userAgent(),
                client.referrer(),
                null,
                author.signedIn(),
                known,
                duplicateOf));
    }

    /** Stores a screened contribution (its status set) with the verdicts that decided it. */
    public <E extends Contribution<?>> void store(
            E contribution, ContributionRepository<E, ?> repository, SpamGuard.Screening screening) {
        repository.store(contribution);
        guard.record(screening, repository.kind(), contribution.getId());
        if (screening.verdict() == org.fabrique.participation.submission.Verdict.HOLD) {
            held.fire(new org.fabrique.participation.ContributionHeld(repository.kind(), contribution.getId()));
        }
    }

    /** A value with its blanks trimmed; null when blank. */
    public static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
