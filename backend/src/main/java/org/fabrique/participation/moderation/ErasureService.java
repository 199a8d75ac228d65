package org.fabrique.participation.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.fabrique.account.AccountService;
import org.fabrique.account.Caller;
import org.fabrique.common.error.DomainException;
import org.fabrique.participation.ClientInfo;
import org.fabrique.participation.ParticipationConfig;
import org.fabrique.participation.comment.CommentService;
import org.fabrique.participation.submission.Fingerprints;
import org.fabrique.participation.submission.SpamGuard;
import org.fabrique.participation.suggestion.SuggestionService;

/**
 * Erasure of a commenter's contributions, by a signed single-use link sent to their e-mail
 * address or, signed in, for their account. Erased comments stay in their thread (replies kept)
 * with a neutral marker as body, "anonymous" as author and no e-mail, website or address hash;
 * suggestions keep their content and lose their author.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ErasureService {
    private final CommentService comments;
    private final SuggestionService suggestions;
    private final AccountService accounts;
    private final Fingerprints fingerprints;
    private final ErasureTokens tokens;
    private final ErasureTokenUseRepository used;
    private final Mailer mailer;
    private final SpamGuard guard;
    private final ParticipationConfig config;

    public ErasureService(
            CommentService comments,
            SuggestionService suggestions,
            AccountService accounts,
            Fingerprints fingerprints,
            ErasureTokens tokens,
            ErasureTokenUseRepository used,
            Mailer mailer,
            SpamGuard guard,
            ParticipationConfig config) {
        this.comments = comments;
        this.suggestions = suggestions;
        this.accounts = accounts;
        this.fingerprints = fingerprints;
        this.tokens = tokens;
        this.used = used;
        this.mailer = mailer;
        this.guard = guard;
        this.config = config;
    }

    /** Mails an erasure link when the address sent anything; the answer is the same either way. */
    public ErasureReceipt request(ErasureRequest input, ClientInfo client) {
        String email = input.email().trim();
        String emailHash = fingerprints.email(email);
        guard.limit("erasure request", client, emailHash);
        if (comments.hasCommentsOf(emailHash) || suggestions.hasSuggestionsOf(emailHash)) {
            String token = tokens.issue(emailHash, config.erasure().lifetime().toSeconds());
            String link = config.erasure().link().replace("{token}", token);
            mailer.send(new Mail(
                    email,
                    "Erase your comments on Fabrique",
                    "Someone (probably you) asked to erase the comments and suggestions sent with this address.\n"
                            + "Open this link within "
                            + config.erasure().lifetime().toHours()
                            + " hours to erase them; it works once:\n" + link + "\n\n"
                            + "If you did not ask, ignore this mail: nothing will be erased."));
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
                comments.eraseByEmailHash(claims.emailHash()), suggestions.eraseByEmailHash(claims.emailHash()));
    }

    /** Erases the signed-in caller's comments and suggestions. */
    @Transactional
    public ErasureResult eraseMine() {
        Caller caller = accounts.caller();
        return new ErasureResult(
                comments.eraseByAccount(caller.accountId()), suggestions.eraseByAccount(caller.accountId()));
    }
}
