package org.fabrique.common.mail;

import java.util.Map;

/**
 * A mail to write: its kind, recipient, language, the values its templates use and, for mails a
 * person may stop receiving, the page that unsubscribes them (a link in the mail) and the address a
 * mail client may POST to in one click (RFC 8058: {@code List-Unsubscribe} with {@code
 * List-Unsubscribe-Post}); null for mails that answer a request of the recipient.
 */
public record OutgoingMail(
        MailKind kind,
        String to,
        MailLanguage language,
        Map<String, Object> data,
        String unsubscribeUrl,
        String oneClickUnsubscribeUrl) {
    public OutgoingMail(
            MailKind kind, String to, MailLanguage language, Map<String, Object> data, String unsubscribeUrl) {
        this(kind, to, language, data, unsubscribeUrl, null);
    }
}
