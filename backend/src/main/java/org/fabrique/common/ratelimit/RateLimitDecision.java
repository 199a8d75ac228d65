package org.fabrique.common.ratelimit;

/**
 * The outcome of counting one request: whether it may proceed, the limit of its bucket, the
 * requests left in the window and the seconds until the window ends (at least 1).
 */
public record RateLimitDecision(boolean allowed, int limit, long remaining, long resetSeconds) {}
