package org.fabrique.common.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Duration BASE = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofHours(6);

    @Test
    void doublesAfterEachFailure_upToTheMaximum() {
        assertEquals(Duration.ofSeconds(30), Backoff.ceiling(1, BASE, MAX));
        assertEquals(Duration.ofSeconds(60), Backoff.ceiling(2, BASE, MAX));
        assertEquals(Duration.ofMinutes(4), Backoff.ceiling(4, BASE, MAX));
        assertEquals(MAX, Backoff.ceiling(11, BASE, MAX));
        assertEquals(MAX, Backoff.ceiling(1000, BASE, MAX));
    }

    @Test
    void jitterTakesOffAtMostHalf_andSpreadsRetries() {
        Set<Duration> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Duration delay = Backoff.delay(3, BASE, MAX);
            assertTrue(delay.compareTo(Duration.ofSeconds(60)) >= 0 && delay.compareTo(Duration.ofSeconds(120)) <= 0);
            seen.add(delay);
        }
        assertTrue(seen.size() > 50, "delays should differ: " + seen.size());
    }
}
