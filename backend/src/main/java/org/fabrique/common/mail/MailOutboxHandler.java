package org.fabrique.common.mail;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.fabrique.common.outbox.OutboxHandler;
import org.fabrique.common.outbox.OutboxMessage;
import org.fabrique.common.outbox.OutboxOutcome;

/**
 * Sends the mails of the outbox over SMTP. A refusal or an unreachable server is a failed attempt,
 * retried by the dispatcher; its reason is the exception's class only (an SMTP error may quote the
 * recipient's address, which must not land in the outbox's log).
 */
@ApplicationScoped
public class MailOutboxHandler implements OutboxHandler {
    private final MailSender sender;
    private final ObjectMapper json;

    public MailOutboxHandler(MailSender sender, ObjectMapper json) {
        this.sender = sender;
        this.json = json;
    }

    @Override
    public String kind() {
        return Mails.KIND;
    }

    @Override
    public OutboxOutcome handle(OutboxMessage message) {
        OutgoingMail mail;
        try {
            mail = json.readValue(message.payload(), OutgoingMail.class);
        } catch (Exception e) {
            return OutboxOutcome.failed(null, "unreadable mail payload");
        }
        try {
            sender.send(mail);
            return OutboxOutcome.acknowledged(250);
        } catch (RuntimeException e) {
            return OutboxOutcome.failed(null, "SMTP: " + rootClass(e));
        }
    }

    private static String rootClass(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }
}
