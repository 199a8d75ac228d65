package org.fabrique.common.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of outgoing mail; the SMTP server itself is quarkus-mailer's ({@code quarkus.mailer.*}). */
@ConfigMapping(prefix = "fabrique.mail")
public interface MailConfig {
    /** Public address of the SPA, for the links a mail carries (privacy page, preferences). */
    @WithDefault("http://localhost:5173")
    String spaUrl();

    /** Public address of the API, for the one-click unsubscribe address mail clients POST to. */
    @WithDefault("http://localhost:8080")
    String apiUrl();
}
