package org.fabrique.common.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxTest {
    @Inject
    Outbox outbox;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    EntityManager em;

    private Optional<Long> enqueue(String key) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(CountingHandler.KIND, key, "{\"n\":1}"));
    }

    @Test
    void aMessageIsWrittenOncePerDedupKey() {
        String key = TestData.unique("outbox");
        assertTrue(enqueue(key).isPresent());
        assertEquals(Optional.empty(), enqueue(key));
    }

    @Test
    void enqueueNeedsTheTransactionOfTheChange() {
        assertThrows(TransactionalException.class, () -> outbox.enqueue(CountingHandler.KIND, "k", "{}"));
    }

    @Test
    void aRolledBackChange_leavesNoMessage() {
        String key = TestData.unique("outbox");
        assertThrows(
                IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    outbox.enqueue(CountingHandler.KIND, key, "{}");
                    throw new IllegalStateException("the change fails");
                }));
        assertTrue(enqueue(key).isPresent());
    }

    @Test
    void concurrentDispatchers_sendEachMessageExactlyOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ids.add(enqueue(TestData.unique("outbox")).orElseThrow());
        }
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                runs.add(replicas.submit(() -> {
                    while (dispatcher.dispatchOnce() > 0) {
                        // until nothing is due
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdownNow();
        }
        long unsent = -1;
        for (int i = 0; i < 50 && unsent != 0; i++) {
            unsent = QuarkusTransaction.requiringNew()
                    .call(() -> ((Number) em.createNativeQuery(
                                            "select count(*) from outbox_message where id in (:ids) and sent_at is null")
                                    .setParameter("ids", ids)
                                    .getSingleResult())
                            .longValue());
            Thread.sleep(200);
        }
        assertEquals(0, unsent);
        for (Long id : ids) {
            assertEquals(1, CountingHandler.ATTEMPTS.get(id).get(), "message " + id);
        }
    }
}
