package org.fabrique.participation.moderation;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** The default {@link Mailer}: logs that a mail was queued, never its recipient nor its content. */
@ApplicationScoped
@DefaultBean
public class LoggingMailer implements Mailer {
    private static final Logger LOG = Logger.getLogger(LoggingMailer.class);

    @Override
    public void send(Mail mail) {
        LOG.infof("Mail queued (recipient and content withheld; no mail server configured): %s", mail.subject());
    }
}
