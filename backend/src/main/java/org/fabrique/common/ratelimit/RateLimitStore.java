package org.fabrique.common.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Fixed-window request counters kept in the database, so that every replica of the backend sees
 * the same counts. Each call runs in its own short transaction (never the caller's), with portable
 * SQL (PostgreSQL and H2): {@code update ... set request_count = request_count + 1}, then either
 * {@code select} the new count (the row existed) or {@code insert} it with a count of 1. When the
 * insert hits the primary key (another replica inserted the same window first), the transaction
 * is rolled back and the update is tried again.
 */
@ApplicationScoped
public class RateLimitStore {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int ATTEMPTS = 3;
    private static final String UPDATE =
            "update rate_limit_counter set request_count = request_count + 1 where bucket_key = ? and window_start = ?";
    private static final String SELECT =
            "select request_count from rate_limit_counter where bucket_key = ? and window_start = ?";
    private static final String INSERT =
            "insert into rate_limit_counter (bucket_key, window_start, request_count) values (?, ?, 1)";
    private static final String PURGE = "delete from rate_limit_counter where window_start < ?";

    private final AgroalDataSource dataSource;

    public RateLimitStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Counts one more request in the given bucket and window and returns the count including it.
     *
     * @param windowStart the window's first second since the epoch
     */
    public long increment(String bucketKey, long windowStart) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> incrementOnce(bucketKey, windowStart));
            } catch (ConcurrentInsert e) {
                if (attempt >= ATTEMPTS) {
                    throw new IllegalStateException("Rate limit counter kept colliding: " + bucketKey, e);
                }
            }
        }
    }

    /** The current count of a bucket in a window (0 when nothing was counted). */
    public long count(String bucketKey, long windowStart) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return select(connection, bucketKey, windowStart);
            }
        });
    }

    /** Deletes the windows that started before the given second; returns how many rows went. */
    public int purgeBefore(long windowStart) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement purge = connection.prepareStatement(PURGE)) {
                purge.setLong(1, windowStart);
                return purge.executeUpdate();
            }
        });
    }

    private long incrementOnce(String bucketKey, long windowStart) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                update.setString(1, bucketKey);
                update.setLong(2, windowStart);
                if (update.executeUpdate() > 0) {
                    // The updated row stays locked until commit: the count read is this request's.
                    return select(connection, bucketKey, windowStart);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, bucketKey);
                insert.setLong(2, windowStart);
                insert.executeUpdate();
                return 1;
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new ConcurrentInsert(e);
                }
                throw e;
            }
        }
    }

    private static long select(Connection connection, String bucketKey, long windowStart) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, bucketKey);
            select.setLong(2, windowStart);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Another transaction inserted the same window first; rolls this one back to retry. */
    private static final class ConcurrentInsert extends RuntimeException {
        ConcurrentInsert(SQLException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
