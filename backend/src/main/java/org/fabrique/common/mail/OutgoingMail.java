package org.fabrique.common.mail;

import java.util.Map;

/**
 * A mail to write: its kind, recipient, language, the values its templates use and, for mails a
 * person may stop receiving, the address that unsubscribes them (sent as a link in the mail and as
 * {@code List-Unsubscribe}); null for mails that answer a request of the recipient.
 */
public record OutgoingMail(
        MailKind kind, String to, MailLanguage language, Map<String, Object> data, String unsubscribeUrl) {}
