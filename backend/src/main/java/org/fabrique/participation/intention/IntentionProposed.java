package org.fabrique.participation.intention;

/** A coalition was proposed and waits for the editors (not fired for proposals held as spam). */
public record IntentionProposed(long intentionId, String title) {}
