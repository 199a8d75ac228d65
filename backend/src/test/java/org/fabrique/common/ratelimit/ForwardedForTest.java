package org.fabrique.common.ratelimit;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client that connects directly (not through a trusted proxy) cannot pick its bucket with
 * {@code X-Forwarded-For}: here the tests connect from 127.0.0.1, which is not a trusted proxy.
 */
@QuarkusTest
@TestProfile(ForwardedForTest.UntrustedPeer.class)
class ForwardedForTest {
    public static class UntrustedPeer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "fabrique.rate-limit.enabled", "true",
                    "fabrique.rate-limit.anonymous.requests", "3",
                    "quarkus.http.proxy.trusted-proxies", "192.0.2.1");
        }
    }

    @Test
    void aClientsOwnForwardedForIsIgnored() {
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "198.51.100." + (i + 1))
                    .get("/api/v1/axes")
                    .then()
                    .statusCode(200);
        }
        // Three "different" addresses were one client: its bucket is empty.
        given().header("X-Forwarded-For", "198.51.100.99")
                .get("/api/v1/axes")
                .then()
                .statusCode(429);
    }
}
