package org.fabrique.participation.moderation;

/**
 * Sends mails (erasure links). No mail server is reachable in this deployment: the default
 * {@link LoggingMailer} only logs that a mail was queued, without its address or link; a real
 * implementation (e.g. with quarkus-mailer) replaces it as a CDI bean.
 */
public interface Mailer {
    void send(Mail mail);
}
