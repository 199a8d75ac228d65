package org.fabrique.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A test handler: counts the attempts of each message and acknowledges them. */
@ApplicationScoped
public class CountingHandler implements OutboxHandler {
    static final String KIND = "outbox-test";
    static final Map<Long, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public OutboxOutcome handle(OutboxMessage message) {
        ATTEMPTS.computeIfAbsent(message.id(), id -> new AtomicInteger()).incrementAndGet();
        try {
            Thread.sleep(5); // a send takes time: gives concurrent dispatchers a chance to overlap
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OutboxOutcome.acknowledged(200);
    }
}
