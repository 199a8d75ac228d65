package org.fabrique.common.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Turns the rate limits on with tiny limits (3 anonymous requests and 2 writes per minute), and
 * lets the tests pick their client IP through {@code X-Forwarded-For}.
 */
public class RateLimitTestProfile implements QuarkusTestProfile {
    static final int ANONYMOUS_REQUESTS = 3;
    static final int WRITE_REQUESTS = 2;
    static final long WINDOW_SECONDS = 60;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "fabrique.rate-limit.enabled",
                "true",
                "fabrique.rate-limit.anonymous.requests",
                String.valueOf(ANONYMOUS_REQUESTS),
                "fabrique.rate-limit.anonymous.window",
                WINDOW_SECONDS + "s",
                "fabrique.rate-limit.write.requests",
                String.valueOf(WRITE_REQUESTS),
                "fabrique.rate-limit.write.window",
                WINDOW_SECONDS + "s",
                "quarkus.http.proxy.proxy-address-forwarding",
                "true",
                "quarkus.http.proxy.allow-x-forwarded",
                "true");
    }
}
