package org.fabrique.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The producers' side of the transactional outbox: a message is written in the transaction of the
 * change that causes it (so it exists if and only if the change committed), and sent later by
 * {@link OutboxDispatcher} through the {@link OutboxHandler} of its kind.
 */
@ApplicationScoped
public class Outbox {
    private final OutboxRepository repository;

    public Outbox(OutboxRepository repository) {
        this.repository = repository;
    }

    /**
     * Writes a message in the caller's transaction (there must be one).
     *
     * @param dedupKey the producer's key of the message: a second message with the same key is not
     *     written (the answer is then empty), so that a producer that runs twice sends once
     * @param payload JSON, handed as is to the handler
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> enqueue(String kind, String dedupKey, String payload) {
        return repository.insert(kind, dedupKey, payload);
    }

    /**
     * Makes a message that is not sent (pending, retrying or dead) due now with a fresh count of
     * attempts. False when it was already sent: an acknowledged message is never sent again.
     */
    @Transactional
    public boolean retryNow(long id) {
        return repository.retryNow(id);
    }

    /** Forgets messages not sent yet (their producer withdrew them); sent ones are kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void discardUnsent(List<Long> ids) {
        repository.delete(ids);
    }
}
