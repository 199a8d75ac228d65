package org.fabrique.common.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.fabrique.common.outbox.Outbox;

/**
 * The producers' side of mail: a mail is written to the transactional outbox in the transaction of
 * what causes it, and sent later by {@link MailOutboxHandler} (retried with backoff while the SMTP
 * server is down, never sent twice once it accepted it).
 */
@ApplicationScoped
public class Mails {
    public static final String KIND = "mail";

    private final Outbox outbox;
    private final ObjectMapper json;

    public Mails(Outbox outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /**
     * Queues a mail in the caller's transaction.
     *
     * @param dedupKey the producer's key of this mail: a second mail with the same key is not queued
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(OutgoingMail mail, String dedupKey) {
        try {
            outbox.enqueue(KIND, dedupKey, json.writeValueAsString(mail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Mail not serialisable", e);
        }
    }
}
