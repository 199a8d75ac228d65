package org.fabrique.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.support.Accounts;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookResourceTest {
    private static final String URL = "http://127.0.0.1:9/hook";

    @Inject
    Accounts accounts;

    @Inject
    WebhookRepository repository;

    private static Map<String, Object> input(String url, Object eventTypes) {
        Map<String, Object> body = new HashMap<>();
        body.put("targetUrl", url);
        body.put("eventTypes", eventTypes);
        body.put("description", "a test subscription");
        return body;
    }

    /** Another partner's subscription, stored as its own request would store it. */
    private long subscriptionOf(String subject) {
        long owner = accounts.idOf(subject);
        return QuarkusTransaction.requiringNew().call(() -> {
            WebhookSubscription s = new WebhookSubscription(owner, WebhookSignature.newSecret());
            s.setTargetUrl(URL);
            s.setActive(true);
            s.getEventTypes().add(WebhookEventType.NOTE_PUBLISHED);
            repository.persist(s);
            return s.getId();
        });
    }

    @Test
    @TestSecurity(user = "webhook-owner", roles = "partner")
    void createsASubscription_showingTheSecretOnlyOnce() {
        Map<String, Object> body = input(URL, List.of("note.published", "coalition.created"));
        io.restassured.response.ExtractableResponse<io.restassured.response.Response> created = given().contentType(
                        ContentType.JSON)
                .body(body)
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/webhooks/"))
                .body("secret", startsWith("whsec_"))
                .body("webhook.targetUrl", equalTo(URL))
                .body("webhook.eventTypes", equalTo(List.of("note.published", "coalition.created")))
                .body("webhook.active", equalTo(true))
                .body("webhook.description", equalTo("a test subscription"))
                .extract();
        String location = created.header("Location");
        String secret = created.path("secret");

        given().get(location)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("secret", nullValue())
                .body("targetUrl", equalTo(URL));
        given().get("/api/v1/webhooks")
                .then()
                .statusCode(200)
                .body("items.secret", not(hasItem(notNullValue())))
                .body("items.targetUrl", hasItem(URL));

        String rotated = given().post(location + "/secret")
                .then()
                .statusCode(200)
                .body("secret", startsWith("whsec_"))
                .extract()
                .path("secret");
        assertNotEquals(secret, rotated);

        given().contentType(ContentType.JSON)
                .body(input("http://127.0.0.1:10/other", List.of("event.updated")))
                .put(location)
                .then()
                .statusCode(200)
                .body("targetUrl", equalTo("http://127.0.0.1:10/other"))
                .body("eventTypes", equalTo(List.of("event.updated")));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0.stale\"")
                .body(input(URL, List.of("event.updated")))
                .put(location)
                .then()
                .statusCode(412);
        given().delete(location).then().statusCode(204);
        given().get(location).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "webhook-partner-b", roles = "partner")
    void aPartner_neitherSeesNorChangesAnotherPartnersSubscription() {
        long theirs = subscriptionOf("webhook-partner-a");
        given().get("/api/v1/webhooks/" + theirs).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/webhooks").then().statusCode(200).body("items.id", not(hasItem((int) theirs)));
        given().contentType(ContentType.JSON)
                .body(input(URL, List.of("note.published")))
                .put("/api/v1/webhooks/" + theirs)
                .then()
                .statusCode(404);
        given().post("/api/v1/webhooks/" + theirs + "/secret").then().statusCode(404);
        given().get("/api/v1/webhooks/" + theirs + "/deliveries").then().statusCode(404);
        given().delete("/api/v1/webhooks/" + theirs).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "webhook-admin", roles = "admin")
    void anAdmin_seesAndManagesEverySubscription() {
        long theirs = subscriptionOf("webhook-partner-c");
        given().get("/api/v1/webhooks/" + theirs).then().statusCode(200).body("targetUrl", equalTo(URL));
        given().get("/api/v1/webhooks?size=100&page=0").then().statusCode(200);
        given().get("/api/v1/webhooks/" + theirs + "/deliveries").then().statusCode(200);
        given().delete("/api/v1/webhooks/" + theirs).then().statusCode(204);
    }

    @Test
    @TestSecurity(user = "webhook-member", roles = "member")
    void otherRoles_areForbidden() {
        given().get("/api/v1/webhooks").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(input(URL, List.of("note.published")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(403);
    }

    @Test
    void anonymousCallers_areUnauthorized() {
        given().get("/api/v1/webhooks").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "webhook-owner-2", roles = "partner")
    void badInput_is400ProblemNamingTheField() {
        for (String url : List.of("not a url", "ftp://example.org/x", "/relative", "https://u:p@example.org/x")) {
            given().contentType(ContentType.JSON)
                    .body(input(url, List.of("note.published")))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("targetUrl"));
        }
        given().contentType(ContentType.JSON)
                .body(input(URL, List.of()))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(input(URL, List.of("note.drafted")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/webhooks/abc").then().statusCode(404);
        given().get("/api/v1/webhooks?size=1000").then().statusCode(400);
    }
}
