package org.fabrique.common.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Token buckets (Bucket4j): a bucket of {@code limit} tokens refills continuously at
 * {@code limit} per {@code window}, so a client never gets more than that in any window (no burst
 * at a window's edge).
 *
 * <ul>
 *   <li>{@link #local}: a bucket in this replica's memory (anonymous reads: no database work per
 *       request; with N replicas a client gets up to N times the limit, which nginx's
 *       {@code limit_req} in front bounds);
 *   <li>{@link #shared}: a bucket in PostgreSQL (table {@code rate_limit_bucket}, one row per key,
 *       updated under {@code SELECT … FOR UPDATE}), the same for every replica (writes and public
 *       submissions). Must be called outside a transaction: it takes a connection of its own.
 * </ul>
 */
@ApplicationScoped
public class RateLimiter {
    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final long PURGE_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> shared;
    private final Cache<String, Bucket> local;
    private final AtomicLong nextPurge = new AtomicLong(System.nanoTime());

    public RateLimiter(AgroalDataSource dataSource) {
        this.shared = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                // A full bucket is the same as no bucket: its row may go once it has refilled.
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
        this.local = Caffeine.newBuilder()
                .maximumSize(200_000)
                .expireAfterAccess(Duration.ofHours(1))
                .build();
    }

    /** Takes a token from this replica's bucket of {@code key}. */
    public RateLimitDecision local(String key, int limit, Duration window) {
        Bucket bucket = local.get(
                key + "|" + limit + "|" + window,
                k -> Bucket.builder().addLimit(bandwidth(limit, window)).build());
        return decision(bucket.tryConsumeAndReturnRemaining(1), limit);
    }

    /** Takes a token from the bucket of {@code key} that every replica shares. */
    public RateLimitDecision shared(String key, int limit, Duration window) {
        BucketConfiguration configuration =
                BucketConfiguration.builder().addLimit(bandwidth(limit, window)).build();
        ConsumptionProbe probe =
                shared.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        purgeIfDue();
        return decision(probe, limit);
    }

    private static Bandwidth bandwidth(int limit, Duration window) {
        return Bandwidth.builder().capacity(limit).refillGreedy(limit, window).build();
    }

    private static RateLimitDecision decision(ConsumptionProbe probe, int limit) {
        long reset = seconds(probe.isConsumed() ? probe.getNanosToWaitForReset() : probe.getNanosToWaitForRefill());
        return new RateLimitDecision(probe.isConsumed(), limit, probe.getRemainingTokens(), reset);
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    /** Deletes the rows of buckets that have refilled, at most once a minute per replica. */
    private void purgeIfDue() {
        long due = nextPurge.get();
        long now = System.nanoTime();
        if (now - due < 0 || !nextPurge.compareAndSet(due, now + PURGE_EVERY_NANOS)) {
            return;
        }
        try {
            int removed;
            do {
                removed = shared.removeExpired(1000);
            } while (removed == 1000);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not remove expired rate limit buckets");
        }
    }
}
