package org.fabrique.common.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends a mail through the SMTP server of the configuration ({@code quarkus.mailer.*}), with its
 * text and HTML alternatives and, for mails a person may stop, {@code List-Unsubscribe} (RFC 2369:
 * the page of their e-mail preferences). Throws when the server refuses or cannot be reached.
 */
@ApplicationScoped
public class MailSender {
    private final Mailer mailer;
    private final MailTemplates templates;

    public MailSender(Mailer mailer, MailTemplates templates) {
        this.mailer = mailer;
        this.templates = templates;
    }

    public void send(OutgoingMail outgoing) {
        RenderedMail rendered = templates.render(outgoing);
        Mail mail = Mail.withText(rendered.to(), rendered.subject(), rendered.text())
                .setHtml(rendered.html());
        if (rendered.oneClickUnsubscribeUrl() != null) {
            // RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" to this address.
            mail.addHeader("List-Unsubscribe", "<" + rendered.oneClickUnsubscribeUrl() + ">");
            mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        } else if (rendered.unsubscribeUrl() != null) {
            mail.addHeader("List-Unsubscribe", "<" + rendered.unsubscribeUrl() + ">");
        }
        mailer.send(mail);
    }
}
