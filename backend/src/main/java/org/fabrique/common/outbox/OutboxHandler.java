package org.fabrique.common.outbox;

/**
 * Sends the messages of one kind (a webhook delivery, a mail). The dispatcher calls it outside any
 * transaction, at least once per message until it acknowledges: a handler must tolerate a second
 * call for a message it already sent when the acknowledgement could not be stored (the receiver
 * deduplicates on the message id).
 */
public interface OutboxHandler {
    /** The kind of message this handler sends, as written by {@link Outbox#enqueue}. */
    String kind();

    /** One attempt; exceptions count as a failed attempt (their message becomes the last error). */
    OutboxOutcome handle(OutboxMessage message);
}
