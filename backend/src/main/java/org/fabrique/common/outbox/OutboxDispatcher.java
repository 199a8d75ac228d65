package org.fabrique.common.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Sends the outbox: claims due messages (several replicas may run it: each claims other rows,
 * {@code for update skip locked}), hands each to the handler of its kind outside any transaction,
 * then records the outcome: sent, retried after an exponential backoff with jitter, or dead after
 * {@code fabrique.outbox.max-attempts} (kept, visible, and sent again only when asked).
 */
@ApplicationScoped
public class OutboxDispatcher {
    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    private static final int MAX_ERROR = 500;

    private final OutboxRepository repository;
    private final OutboxConfig config;
    private final Map<String, OutboxHandler> handlers = new HashMap<>();

    public OutboxDispatcher(OutboxRepository repository, OutboxConfig config, @Any Instance<OutboxHandler> handlers) {
        this.repository = repository;
        this.config = config;
        handlers.forEach(h -> this.handlers.put(h.kind(), h));
    }

    @Scheduled(
            identity = "outbox-dispatcher",
            every = "${fabrique.outbox.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            while (dispatchOnce() == config.batchSize()) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox dispatch failed: %s", e.getMessage());
        }
    }

    /** One round: claims up to a batch of due messages and attempts each; the number attempted. */
    public int dispatchOnce() {
        List<OutboxMessage> claimed =
                QuarkusTransaction.requiringNew().call(() -> repository.claim(config.batchSize(), config.lease()));
        for (OutboxMessage message : claimed) {
            OutboxOutcome outcome = attempt(message);
            QuarkusTransaction.requiringNew().run(() -> record(message, outcome));
        }
        return claimed.size();
    }

    private OutboxOutcome attempt(OutboxMessage message) {
        OutboxHandler handler = handlers.get(message.kind());
        if (handler == null) {
            return OutboxOutcome.failed(null, "no handler for messages of kind " + message.kind());
        }
        try {
            return handler.handle(message);
        } catch (RuntimeException e) {
            return OutboxOutcome.failed(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void record(OutboxMessage message, OutboxOutcome outcome) {
        if (outcome.acknowledged()) {
            repository.markSent(message.id(), outcome.status());
            return;
        }
        String error = oneLine(outcome.error());
        if (message.attempt() >= config.maxAttempts()) {
            repository.markDead(message.id(), outcome.status(), error);
        } else {
            repository.markFailed(
                    message.id(),
                    outcome.status(),
                    error,
                    Backoff.delay(
                            message.attempt(),
                            config.backoff().base(),
                            config.backoff().max()));
        }
    }

    private static String oneLine(String error) {
        String text = error == null ? "failed" : error.replaceAll("\\s+", " ").trim();
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }
}
