package org.fabrique.people;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.fabrique.account.AccountService;
import org.fabrique.account.Caller;
import org.fabrique.account.DeletableAccount;
import org.fabrique.account.IdentityProviderUsers;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.ProblemType;
import org.fabrique.common.mail.MailKind;
import org.fabrique.common.mail.MailLanguage;
import org.fabrique.common.mail.Mails;
import org.fabrique.common.mail.OutgoingMail;
import org.fabrique.common.security.Roles;
import org.fabrique.participation.moderation.ErasureResult;
import org.fabrique.participation.moderation.ErasureService;

/**
 * A person deletes their account. First the identity provider removes the user (so nobody can
 * sign in as them again; when it cannot, nothing is deleted and the answer is a 503). Then, in one
 * transaction: their comments and suggestions are anonymised (texts kept, author forgotten), the
 * account row goes with what hangs on it (profile, e-mail, follows, notifications, actor and
 * territory links, coordination of coalitions), and the confirmation mail is queued in the outbox.
 */
@ApplicationScoped
public class AccountDeletionService {
    private final AccountService accounts;
    private final IdentityProviderUsers identityProvider;
    private final ErasureService erasure;
    private final Mails mails;

    public AccountDeletionService(
            AccountService accounts, IdentityProviderUsers identityProvider, ErasureService erasure, Mails mails) {
        this.accounts = accounts;
        this.identityProvider = identityProvider;
        this.erasure = erasure;
        this.mails = mails;
    }

    public ErasureResult deleteMine() {
        Caller caller = accounts.caller();
        if (caller.hasRole(Roles.PARTNER)) {
            throw new DomainException(
                    ProblemType.FORBIDDEN,
                    "A partner platform's account is a client of the identity provider: an administrator removes it");
        }
        DeletableAccount account = accounts.deletable();
        identityProvider.delete(account.subject());
        return QuarkusTransaction.requiringNew().call(() -> {
            ErasureResult anonymised = erasure.anonymiseAccount(account.id());
            accounts.delete(account.id(), account.subject());
            if (account.email() != null) {
                mails.queue(
                        new OutgoingMail(
                                MailKind.ACCOUNT_DELETED,
                                account.email(),
                                MailLanguage.of(account.language()),
                                Map.of(
                                        "name",
                                        account.displayName() == null ? "" : account.displayName(),
                                        "comments",
                                        anonymised.comments(),
                                        "suggestions",
                                        anonymised.suggestions()),
                                null),
                        "account-deleted:" + account.subject());
            }
            return anonymised;
        });
    }
}
