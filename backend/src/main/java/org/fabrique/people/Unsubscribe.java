package org.fabrique.people;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.fabrique.account.AccountService;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.ProblemType;
import org.fabrique.common.mail.MailConfig;
import org.fabrique.participation.submission.Fingerprints;

/**
 * Unsubscribing from notification mails without signing in: each mail carries a token, the
 * account id signed with the deployment's HMAC key, in a link to the app's page (a button, so
 * that a link scanner opening it changes nothing) and in {@code List-Unsubscribe} for a mail
 * client's one-click POST (RFC 8058). Unsubscribing sets the account's mails to NONE; the in-app
 * notifications go on.
 */
@ApplicationScoped
public class Unsubscribe {
    private final Fingerprints keys;
    private final AccountService accounts;
    private final MailConfig mail;

    public Unsubscribe(Fingerprints keys, AccountService accounts, MailConfig mail) {
        this.keys = keys;
        this.accounts = accounts;
        this.mail = mail;
    }

    public String token(long accountId) {
        return accountId + "." + signature(accountId);
    }

    /** The app's page that unsubscribes (a link in the mail). */
    public String pageUrl(long accountId) {
        return mail.spaUrl() + "/unsubscribe/" + token(accountId);
    }

    /** The API's address a mail client POSTs to. */
    public String oneClickUrl(long accountId) {
        return mail.apiUrl() + "/api/v1/unsubscribe/" + token(accountId);
    }

    /** Stops the mails of the account the token names; a 400 problem for a token not signed here. */
    public void apply(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        long accountId;
        try {
            accountId = Long.parseLong(token.substring(0, dot));
        } catch (RuntimeException e) {
            throw invalid();
        }
        byte[] expected = signature(accountId).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw invalid();
        }
        if (!accounts.stopNotificationMails(accountId)) {
            throw new DomainException(ProblemType.NOT_FOUND, "This account no longer exists: it receives no mail");
        }
    }

    private String signature(long accountId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(keys.sign("unsubscribe:" + accountId));
    }

    private static DomainException invalid() {
        return new DomainException(ProblemType.BAD_REQUEST, "This unsubscribe link is not valid");
    }
}
