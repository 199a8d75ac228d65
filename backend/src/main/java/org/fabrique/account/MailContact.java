package org.fabrique.account;

/** Where and how to write to a person: verified address, language, e-mail preference. */
public record MailContact(long accountId, String email, String language, NotificationMode mode) {}
