package org.fabrique.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fabrique.account.AccountService;
import org.fabrique.account.MailContact;
import org.fabrique.account.NotificationMode;
import org.fabrique.common.mail.MailConfig;
import org.fabrique.common.mail.MailKind;
import org.fabrique.common.mail.MailLanguage;
import org.fabrique.common.mail.Mails;
import org.fabrique.common.mail.OutgoingMail;

/**
 * Writes a notification for each person concerned, in the caller's transaction, with the mail it
 * causes for people who chose immediate mails (the others get it in the daily digest, or not at
 * all). A person has one notification per cause (a change of the change log, or an event key).
 */
@ApplicationScoped
public class NotificationDelivery {
    private final NotificationRepository repository;
    private final AccountService accounts;
    private final Mails mails;
    private final MailConfig mailConfig;
    private final Unsubscribe unsubscribe;

    public NotificationDelivery(
            NotificationRepository repository,
            AccountService accounts,
            Mails mails,
            MailConfig mailConfig,
            Unsubscribe unsubscribe) {
        this.repository = repository;
        this.accounts = accounts;
        this.mails = mails;
        this.mailConfig = mailConfig;
        this.unsubscribe = unsubscribe;
    }

    /** What to tell, and why (exactly one of changeId and eventKey). */
    public record Notice(NotificationKind kind, String title, String link, Long changeId, String eventKey) {}

    /** Notifies each account once; {@code except} (the person who caused it) is left out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deliver(Collection<Long> accountIds, Notice notice, Long except) {
        Set<Long> recipients = new LinkedHashSet<>(accountIds);
        if (except != null) {
            recipients.remove(except);
        }
        for (long accountId : recipients) {
            Optional<Long> id = repository.insert(
                    accountId,
                    notice.kind().code(),
                    notice.title(),
                    notice.link(),
                    notice.changeId(),
                    notice.eventKey());
            if (id.isEmpty()) {
                continue;
            }
            MailContact contact = accounts.contact(accountId);
            if (contact != null && contact.mode() == NotificationMode.IMMEDIATE) {
                mails.queue(
                        new OutgoingMail(
                                MailKind.NOTIFICATION,
                                contact.email(),
                                MailLanguage.of(contact.language()),
                                Map.of(
                                        "kind",
                                        notice.kind().code(),
                                        "label",
                                        notice.kind().label(contact.language()),
                                        "title",
                                        notice.title(),
                                        "link",
                                        mailConfig.spaUrl() + notice.link(),
                                        "profileUrl",
                                        profileUrl()),
                                unsubscribe.pageUrl(accountId),
                                unsubscribe.oneClickUrl(accountId)),
                        "notification:" + id.get());
                repository.markDigested(id.get());
            }
        }
    }

    public String profileUrl() {
        return mailConfig.spaUrl() + "/me/profile";
    }
}
