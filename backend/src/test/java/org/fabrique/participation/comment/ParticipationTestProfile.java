package org.fabrique.participation.comment;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The participation tests: low per-address and per-e-mail limits that the rate-limit tests hit
 * on purpose, and client addresses taken from {@code X-Forwarded-For} so that each test picks its
 * own address (and never meets another test's counters).
 */
public class ParticipationTestProfile implements QuarkusTestProfile {
    public static final int PER_ADDRESS = 5;
    public static final int PER_EMAIL = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "fabrique.participation.rate-limit.per-address", String.valueOf(PER_ADDRESS),
                "fabrique.participation.rate-limit.per-email", String.valueOf(PER_EMAIL),
                "fabrique.participation.rate-limit.window", "60s",
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true");
    }
}
