package org.fabrique.common.outbox;

/**
 * A message of the outbox as its handler receives it.
 *
 * @param payload the JSON the producer wrote (as text)
 * @param attempt the number of this attempt, from 1
 */
public record OutboxMessage(long id, String kind, String payload, int attempt) {}
