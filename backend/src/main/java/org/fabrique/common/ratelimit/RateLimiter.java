package org.fabrique.common.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Fixed-window rate limiting over {@link RateLimitStore}: a window of {@code w} seconds starts at
 * every multiple of {@code w} since the epoch, so every replica computes the same window for the
 * same second. Expired windows are purged at most once a minute per JVM.
 */
@ApplicationScoped
public class RateLimiter {
    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final long PURGE_EVERY_SECONDS = 60;

    private final RateLimitStore store;
    private final RateLimitConfig config;
    private final Clock clock = Clock.systemUTC();
    private final AtomicLong nextPurge = new AtomicLong();

    public RateLimiter(RateLimitStore store, RateLimitConfig config) {
        this.store = store;
        this.config = config;
    }

    /** Counts one request in the bucket and decides whether it stays within the limit. */
    public RateLimitDecision acquire(String bucketKey, int limit, Duration window) {
        long now = clock.instant().getEpochSecond();
        long seconds = Math.max(1, window.toSeconds());
        longestWindow.accumulateAndGet(seconds, Math::max);
        long windowStart = now - Math.floorMod(now, seconds);
        long count = store.increment(bucketKey, windowStart);
        purgeIfDue(now);
        long reset = Math.max(1, windowStart + seconds - now);
        return new RateLimitDecision(count <= limit, limit, Math.max(0, limit - count), reset);
    }

    private final java.util.concurrent.atomic.AtomicLong longestWindow = new java.util.concurrent.atomic.AtomicLong();

    private void purgeIfDue(long now) {
        long due = nextPurge.get();
        if (now < due || !nextPurge.compareAndSet(due, now + PURGE_EVERY_SECONDS)) {
            return;
        }
        // Windows of every caller of acquire (the global limits, the participation limits...).
        long longest = Math.max(
                longestWindow.get(),
                Math.max(
                        config.anonymous().window().toSeconds(),
                        config.write().window().toSeconds()));
        try {
            store.purgeBefore(now - Math.max(1, longest));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not purge expired rate limit windows");
        }
    }
}
