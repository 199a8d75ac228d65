package org.fabrique.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SSRF rule as production configures it (fabrique.webhooks.allow-private-targets=false). */
@QuarkusTest
@TestProfile(WebhookProductionTargetsTest.ProductionTargets.class)
@TestSecurity(user = "webhook-ssrf", roles = "partner")
class WebhookProductionTargetsTest {
    public static class ProductionTargets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "fabrique.webhooks.allow-private-targets", "false",
                    "fabrique.outbox.every", "off",
                    "fabrique.webhooks.fan-out.every", "off");
        }
    }

    private static void refused(String url, String message) {
        given().contentType(ContentType.JSON)
                .body(Map.of("targetUrl", url, "eventTypes", List.of("note.published")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("targetUrl"))
                .body("errors.message", hasItem(message));
    }

    @Test
    void refusesPlainHttp_andLoopbackPrivateOrLinkLocalTargets() {
        refused("http://93.184.216.34/hook", "must be an https URL");
        refused("https://127.0.0.1/hook", "must not resolve to a loopback, private or link-local address");
        refused("https://localhost:8443/hook", "must not resolve to a loopback, private or link-local address");
        refused("https://10.0.0.7/hook", "must not resolve to a loopback, private or link-local address");
        refused("https://169.254.169.254/latest", "must not resolve to a loopback, private or link-local address");
        refused("https://[::1]/hook", "must not resolve to a loopback, private or link-local address");
    }

    @Test
    void acceptsHttpsToAPublicAddress() {
        given().contentType(ContentType.JSON)
                .body(Map.of("targetUrl", "https://93.184.216.34/hook", "eventTypes", List.of("note.published")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .body("webhook.targetUrl", equalTo("https://93.184.216.34/hook"));
    }
}
