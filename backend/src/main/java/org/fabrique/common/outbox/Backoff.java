package org.fabrique.common.outbox;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: after failed attempt n the delay is base × 2^(n-1), capped at
 * max, of which a random half is taken off ("equal jitter"), so that messages that failed together
 * (a receiver down) do not all come back at the same instant.
 */
public final class Backoff {
    private Backoff() {}

    public static Duration delay(int failedAttempts, Duration base, Duration max) {
        long ceiling = ceiling(failedAttempts, base, max).toMillis();
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    /** The delay before jitter. */
    public static Duration ceiling(int failedAttempts, Duration base, Duration max) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
