package org.fabrique.account;

/** What deleting an account needs to know of it: the mail confirming it goes to {@code email}. */
public record DeletableAccount(long id, String subject, String email, String language, String displayName) {}
