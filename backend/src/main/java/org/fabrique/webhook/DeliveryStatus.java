package org.fabrique.webhook;

/**
 * Where a delivery stands: PENDING (not attempted yet), FAILED (attempted, will be retried),
 * DELIVERED (a 2xx answer; never sent again), DEAD (failed its last attempt; kept, redeliverable).
 */
public enum DeliveryStatus {
    PENDING,
    FAILED,
    DELIVERED,
    DEAD
}
