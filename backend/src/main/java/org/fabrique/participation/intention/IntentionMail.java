package org.fabrique.participation.intention;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.fabrique.account.AccountService;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.common.mail.MailKind;
import org.fabrique.common.mail.MailLanguage;
import org.fabrique.common.mail.Mails;
import org.fabrique.common.mail.OutgoingMail;

/**
 * The mail that tells the proposer of a coalition what the editors decided: to the address they
 * gave, or to their account's when they were signed in; none once they were erased.
 */
@ApplicationScoped
public class IntentionMail {
    private final AccountService accounts;
    private final Mails mails;

    public IntentionMail(AccountService accounts, Mails mails) {
        this.accounts = accounts;
        this.mails = mails;
    }

    /** Mails the proposer the editors' decision (in the decision's transaction, through the outbox). */
    void tellProposer(Intention intention, CoalitionRef coalition) {
        if (intention.getEmail() == null && intention.getAccountId() == null) {
            return;
        }
        String to = intention.getEmail();
        if (to == null) {
            org.fabrique.account.MailContact contact = accounts.contact(intention.getAccountId());
            to = contact == null ? null : contact.email();
        }
        if (to == null) {
            return;
        }
        Map<String, Object> data = new HashMap<>();
        data.put("name", intention.getAuthorName());
        data.put("title", intention.getTitle());
        data.put("decision", intention.getStatus().name());
        data.put("note", intention.getModeratorNote() == null ? "" : intention.getModeratorNote());
        data.put("coalitionSlug", coalition == null ? "" : coalition.slug());
        data.put("coalitionTitle", coalition == null ? "" : coalition.title());
        mails.queue(
                new OutgoingMail(MailKind.INTENTION_DECIDED, to, MailLanguage.of(intention.getLang()), data, null),
                "intention-decided:" + intention.getId());
    }
}
