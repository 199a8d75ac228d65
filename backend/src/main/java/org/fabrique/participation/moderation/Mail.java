package org.fabrique.participation.moderation;

/** A plain-text mail to send. */
public record Mail(String to, String subject, String text) {}
