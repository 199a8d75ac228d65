package org.fabrique.common.ratelimit;

/**
 * The outcome of taking a token: whether the request may proceed, the size of its bucket, the
 * tokens left, and the seconds (at least 1) until the bucket is full again when allowed, or until
 * a token is back when refused (the {@code Retry-After}).
 */
public record RateLimitDecision(boolean allowed, int limit, long remaining, long resetSeconds) {}
