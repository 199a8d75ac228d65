package org.fabrique.common.mail;

/** A mail ready for SMTP: subject, plain text and HTML alternatives. */
public record RenderedMail(
        String to, String subject, String text, String html, String unsubscribeUrl, String oneClickUnsubscribeUrl) {}
