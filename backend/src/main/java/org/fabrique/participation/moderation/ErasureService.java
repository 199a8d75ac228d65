package org.fabrique.participation.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.fabrique.account.AccountService;
import org.fabrique.account.Caller;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.mail.MailKind;
import org.fabrique.common.mail.MailLanguage;
import org.fabrique.common.mail.Mails;
import org.fabrique.common.mail.OutgoingMail;
import org.fabrique.participation.ClientInfo;
import org.fabrique.participation.ParticipationConfig;
import org.fabrique.participation.comment.CommentService;
import org.fabrique.participation.intention.IntentionService;
import org.fabrique.participation.submission.Fingerprints;
import org.fabrique.participation.submission.SpamGuard;
import org.fabrique.participation.suggestion.SuggestionService;

/**
 * Erasure of a commenter's contributions, by a signed single-use link sent to their e-mail
 * address or, signed in, for their account. Erased comments stay in their thread (replies kept)
 * with a neutral marker as body, "anonymous" as author and no e-mail, website or address hash;
 * suggestions and proposed coalitions keep their content and lose their author.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ErasureService {
    private final CommentService comments;
    private final SuggestionService suggestions;
    private final IntentionService intentions;
    private final AccountService accounts;
    private final Fingerprints fingerprints;
    private final ErasureTokens tokens;
    private final ErasureTokenUseRepository used;
    private final Mails mailer;
    private final SpamGuard guard;
    private final ParticipationConfig config;

    public ErasureService(
            CommentService comments,
            SuggestionService suggestions,
            IntentionService intentions,
            AccountService accounts,
            Fingerprints fingerprints,
            ErasureTokens tokens,
            ErasureTokenUseRepository used,
            Mails mailer,
            SpamGuard guard,
            ParticipationConfig config) {
        this.comments = comments;
        this.suggestions = suggestions;
        this.intentions = intentions;
        this.accounts = accounts;
        this.fingerprints = fingerprints;
        this.tokens = tokens;
        this.used = used;
        this.mailer = mailer;
        this.guard = guard;
        this.config = config;
    }

    /**
     * Mails an erasure link when the address sent anything (through the outbox, in this
     * transaction of its own: the rate limits run before, outside any transaction, as Bucket4j's
     * PostgreSQL buckets need); the answer is the same either way.
     */
    public ErasureReceipt request(ErasureRequest input, String acceptLanguage, ClientInfo client) {
        String language = input.language() != null ? input.language() : acceptLanguage;
        String email = input.email().trim();
        String emailHash = fingerprints.email(email);
        guard.limit("erasure request", client, emailHash);
        if (comments.hasCommentsOf(emailHash)
                || suggestions.hasSuggestionsOf(emailHash)
                || intentions.hasIntentionsOf(emailHash)) {
            String token = tokens.issue(emailHash, config.erasure().lifetime().toSeconds());
            String link = config.erasure().link().replace("{token}", token);
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .run(() -> mailer.queue(
                            new OutgoingMail(
                                    MailKind.COMMENT_ERASURE,
                                    email,
                                    MailLanguage.of(language),
                                    Map.of(
                                            "link",
                                            link,
                                            "hours",
                                            config.erasure().lifetime().toHours()),
                                    null),
                            "comment-erasure:" + sha256(token)));
        }
        return new ErasureReceipt("If comments were sent with this address, a link to erase them is on its way.");
    }

    /** Uses an erasure link: 404 when invalid or expired, 409 when already used. */
    @Transactional
    public ErasureResult erase(String token) {
        ErasureTokens.Claims claims =
                tokens.verify(token).orElseThrow(() -> DomainException.notFound("valid erasure link", "(given token)"));
        if (used.findByIdOptional(claims.nonce()).isPresent()) {
            throw DomainException.conflict("This erasure link was already used");
        }
        used.persist(new ErasureTokenUse(claims.nonce(), OffsetDateTime.now(ZoneOffset.UTC)));
        used.flush();
        return new ErasureResult(
                comments.eraseByEmailHash(claims.emailHash()),
                suggestions.eraseByEmailHash(claims.emailHash()),
                intentions.eraseByEmailHash(claims.emailHash()));
    }

    /** Erases the signed-in caller's comments and suggestions. */
    @Transactional
    public ErasureResult eraseMine() {
        Caller caller = accounts.caller();
        return new ErasureResult(
                comments.eraseByAccount(caller.accountId()),
                suggestions.eraseByAccount(caller.accountId()),
                intentions.eraseByAccount(caller.accountId()));
    }

    /**
     * Anonymises the comments and suggestions of an account about to be deleted, in the caller's
     * transaction: their texts stay, their author's name, e-mail and hashes go.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ErasureResult anonymiseAccount(long accountId) {
        return new ErasureResult(
                comments.anonymiseByAccount(accountId),
                suggestions.anonymiseByAccount(accountId),
                intentions.anonymiseByAccount(accountId));
    }

    private static String sha256(String text) {
        return org.fabrique.common.security.Sha256.hex(text);
    }
}
