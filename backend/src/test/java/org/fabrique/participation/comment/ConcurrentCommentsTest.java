package org.fabrique.participation.comment;

import static org.fabrique.participation.comment.Participation.comment;
import static org.fabrique.participation.comment.Participation.email;
import static org.fabrique.participation.comment.Participation.ip;
import static org.fabrique.participation.comment.Participation.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many commenters at once: more concurrent submissions than the connection pool has connections
 * (20). Each submission is counted in the rate limits (a short transaction of its own) and then
 * stored; if a request held its transaction's connection while waiting for the counter's, the
 * pool would run dry and requests would fail after the acquisition timeout.
 */
@QuarkusTest
@TestProfile(ParticipationTestProfile.class)
class ConcurrentCommentsTest {
    private static final int COMMENTERS = 48;

    @Inject
    Participation fixtures;

    @Inject
    EntityManager em;

    @Test
    void moreCommentersThanPooledConnections_areAllStoredOnce() throws Exception {
        String note = fixtures.note();
        String path = "/api/v1/notes/" + note + "/comments";
        String marker = "concurrent-" + System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(COMMENTERS);
        CountDownLatch start = new CountDownLatch(1);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < COMMENTERS; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    int status = post(ip(), path, comment("Commenter " + n, email(), marker + " comment " + n))
                            .then()
                            .extract()
                            .statusCode();
                    statuses.merge(status, 1, Integer::sum);
                    return status;
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                answer.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Map.of(201, COMMENTERS), new TreeMap<>(statuses));
        Number stored = QuarkusTransaction.requiringNew().call(() -> (Number)
                em.createNativeQuery("select count(distinct body_html) from comment where body_html like :marker")
                        .setParameter("marker", marker + "%")
                        .getSingleResult());
        Number rows = QuarkusTransaction.requiringNew()
                .call(() -> (Number) em.createNativeQuery("select count(*) from comment where body_html like :marker")
                        .setParameter("marker", marker + "%")
                        .getSingleResult());
        assertEquals(COMMENTERS, stored.intValue());
        assertEquals(COMMENTERS, rows.intValue());
    }
}
