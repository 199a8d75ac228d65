package org.fabrique.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.fabrique.axis.AxisInput;
import org.fabrique.axis.AxisService;
import org.fabrique.common.outbox.OutboxDispatcher;
import org.fabrique.note.NoteInput;
import org.fabrique.note.NoteService;
import org.fabrique.note.NoteStatus;
import org.fabrique.support.TestData;
import org.fabrique.webhook.WebhookSignature.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end on the real PostgreSQL: a note written through its service, the change log,
 * the fan-out, the outbox and the dispatcher (whose rounds the tests run, as the scheduler does in
 * production), and a receiver on a free port that verifies each delivery as a partner would.
 */
@QuarkusTest
@TestSecurity(user = "webhook-partner", roles = "partner")
class WebhookDeliveryTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    NoteService notes;

    @Inject
    AxisService axes;

    @Inject
    WebhookFanOutService fanOut;

    @Inject
    OutboxDispatcher dispatcher;

    /** One round of each job, as the scheduler runs them. */
    private void round() {
        fanOut.fanOutOnce();
        dispatcher.dispatchOnce();
    }

    /** Rounds for a while: what would be sent in that time is sent. */
    private void rounds(long millis) throws InterruptedException {
        Instant end = Instant.now().plusMillis(millis);
        while (Instant.now().isBefore(end)) {
            round();
            Thread.sleep(100);
        }
    }

    /** A subscription made through the API: its id and its secret. */
    record Subscription(long id, String secret) {}

    private static Subscription subscribe(String url, String... eventTypes) {
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("targetUrl", url, "eventTypes", List.of(eventTypes), "description", "tests"))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        return new Subscription(answer.getLong("webhook.id"), answer.getString("secret"));
    }

    private static void unsubscribe(Subscription s) {
        given().delete("/api/v1/webhooks/" + s.id()).then().statusCode(204);
    }

    private NoteInput note(String slug, NoteStatus status) {
        return new NoteInput(
                slug, "Note " + slug, "Texte de la note", null, null, null, null, null, null, status, null, null);
    }

    private String publish(NoteStatus status) {
        String slug = TestData.unique("webhook-note");
        notes.create(note(slug, status));
        return slug;
    }

    private static JsonNode body(Receiver.Delivery d) {
        try {
            return JSON.readTree(d.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Predicate<Receiver.Delivery> about(String slug, String type) {
        return d -> body(d).path("data").path("slug").asText().equals(slug)
                && body(d).path("type").asText().equals(type);
    }

    private static List<Map<String, Object>> log(Subscription s) {
        return given().get("/api/v1/webhooks/" + s.id() + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    /** Waits until the subscription's newest delivery satisfies {@code condition}; returns it. */
    private Map<String, Object> awaitLog(Subscription s, Predicate<Map<String, Object>> condition)
            throws InterruptedException {
        Instant end = Instant.now().plus(WAIT);
        List<Map<String, Object>> items = List.of();
        while (Instant.now().isBefore(end)) {
            round();
            items = log(s);
            if (!items.isEmpty() && condition.test(items.get(0))) {
                return items.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the delivery log never matched; last seen: " + items);
    }

    @Test
    void aPublishedNote_isDeliveredOnce_signed_andItsReplayIsRejected() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            Subscription s = subscribe(receiver.url(), "note.published");
            receiver.secret(s.secret());
            try {
                String slug = publish(NoteStatus.PUBLISHED);
                Receiver.Delivery d = receiver.await(about(slug, "note.published"), WAIT, this::round);

                assertEquals(Verdict.VALID, d.verdict());
                assertEquals("application/json", d.headers().get("content-type"));
                assertTrue(d.webhookId().startsWith("msg_"));
                long sentAt = Long.parseLong(d.headers().get("webhook-timestamp"));
                assertTrue(Math.abs(Instant.now().getEpochSecond() - sentAt) < 60);
                JsonNode payload = body(d);
                assertTrue(payload.path("data").path("href").asText().endsWith("/api/v1/notes/" + slug));
                assertTrue(payload.path("data").path("id").asLong() > 0);
                assertNotNull(OffsetDateTime.parse(payload.path("timestamp").asText()));

                // the same delivery again (a replay), and a tampered body, are refused by the verifier
                Instant now = Instant.now();
                assertEquals(Verdict.REPLAYED, receiver.verifier().verify(s.secret(), d.headers(), d.body(), now));
                assertEquals(
                        Verdict.BAD_SIGNATURE,
                        receiver.verifier()
                                .verify(s.secret(), d.headers(), d.body().replace(slug, slug + "-x"), now));

                Map<String, Object> logged = awaitLog(s, item -> "DELIVERED".equals(item.get("status")));
                assertEquals(d.webhookId(), logged.get("webhookId"));
                assertEquals("note.published", logged.get("eventType"));
                assertEquals(1, logged.get("attempts"));
                assertEquals(204, logged.get("lastStatusCode"));
                assertNotNull(logged.get("deliveredAt"));
                assertNull(logged.get("nextAttemptAt"));

                rounds(2500); // a few more rounds of the dispatcher: nothing is sent twice
                assertEquals(
                        1, receiver.deliveries(about(slug, "note.published")).size());
            } finally {
                unsubscribe(s);
            }
        }
    }

    @Test
    void aDraft_isNeverDelivered_butItsPublicationAndUnpublicationAre() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            Subscription s =
                    subscribe(receiver.url(), "note.published", "note.updated", "note.unpublished", "note.deleted");
            receiver.secret(s.secret());
            try {
                String draft = publish(NoteStatus.DRAFT);
                notes.update(draft, note(draft, NoteStatus.DRAFT), null); // edited, still a draft
                String marker = publish(NoteStatus.PUBLISHED);
                receiver.await(about(marker, "note.published"), WAIT, this::round);
                rounds(1500);
                assertEquals(
                        List.of(),
                        receiver.deliveries(
                                d -> body(d).path("data").path("slug").asText().equals(draft)));

                notes.update(draft, note(draft, NoteStatus.PUBLISHED), null);
                assertEquals(
                        Verdict.VALID,
                        receiver.await(about(draft, "note.published"), WAIT, this::round)
                                .verdict());
                notes.update(draft, note(draft, NoteStatus.DRAFT), null);
                assertEquals(
                        Verdict.VALID,
                        receiver.await(about(draft, "note.unpublished"), WAIT, this::round)
                                .verdict());
                notes.delete(marker);
                assertEquals(
                        Verdict.VALID,
                        receiver.await(about(marker, "note.deleted"), WAIT, this::round)
                                .verdict());
                assertEquals(
                        1, receiver.deliveries(about(draft, "note.published")).size());
            } finally {
                unsubscribe(s);
            }
        }
    }

    @Test
    void aReceiverDown_getsRetriesWithBackoff_thenExactlyOneDeliveryWhenBack() throws Exception {
        int port = Receiver.closedPort();
        Subscription s = subscribe(Receiver.url(port), "note.published");
        try {
            String slug = publish(NoteStatus.PUBLISHED);
            Map<String, Object> failing =
                    awaitLog(s, item -> "FAILED".equals(item.get("status")) && ((Integer) item.get("attempts")) >= 2);
            assertEquals("connection refused", failing.get("lastError"));
            assertNull(failing.get("lastStatusCode"));
            assertNull(failing.get("deliveredAt"));
            assertTrue(OffsetDateTime.parse((String) failing.get("nextAttemptAt"))
                    .isAfter(OffsetDateTime.parse((String) failing.get("lastAttemptAt"))));

            try (Receiver receiver = Receiver.on(port)) {
                receiver.secret(s.secret());
                Receiver.Delivery d = receiver.await(about(slug, "note.published"), WAIT, this::round);
                assertEquals(Verdict.VALID, d.verdict());
                assertEquals(failing.get("webhookId"), d.webhookId()); // the same id on every attempt
                Map<String, Object> delivered = awaitLog(s, item -> "DELIVERED".equals(item.get("status")));
                rounds(2500);
                assertEquals(
                        1,
                        receiver.deliveries(r -> r.webhookId().equals(d.webhookId()))
                                .size());
                assertEquals(delivered.get("attempts"), log(s).get(0).get("attempts"));
            }
        } finally {
            unsubscribe(s);
        }
    }

    @Test
    void aDeliveryThatRanOutOfAttempts_isDead_andRedeliverableOnce() throws Exception {
        int port = Receiver.closedPort();
        Subscription s = subscribe(Receiver.url(port), "note.published");
        try {
            String slug = publish(NoteStatus.PUBLISHED);
            Map<String, Object> dead = awaitLog(s, item -> "DEAD".equals(item.get("status")));
            assertEquals(6, dead.get("attempts")); // fabrique.outbox.max-attempts in tests
            assertNull(dead.get("nextAttemptAt"));
            Number delivery = (Number) dead.get("id");

            try (Receiver receiver = Receiver.on(port)) {
                receiver.secret(s.secret());
                given().post("/api/v1/webhooks/" + s.id() + "/deliveries/" + delivery + "/redeliver")
                        .then()
                        .statusCode(202)
                        .body("status", equalTo("PENDING"))
                        .body("attempts", equalTo(0));
                assertEquals(
                        Verdict.VALID,
                        receiver.await(about(slug, "note.published"), WAIT, this::round)
                                .verdict());
                awaitLog(s, item -> "DELIVERED".equals(item.get("status")));
                given().post("/api/v1/webhooks/" + s.id() + "/deliveries/" + delivery + "/redeliver")
                        .then()
                        .statusCode(409)
                        .contentType("application/problem+json");
                rounds(1500);
                assertEquals(
                        1, receiver.deliveries(about(slug, "note.published")).size());
            }
        } finally {
            unsubscribe(s);
        }
    }

    @Test
    void otherKinds_areAnnouncedCreatedAndDeleted_withTheirAddress() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            Subscription s = subscribe(receiver.url(), "axis.created", "axis.deleted");
            receiver.secret(s.secret());
            try {
                String slug = TestData.unique("webhook-axis");
                axes.create(new AxisInput(slug, "Axe " + slug, null, "#2e7d32", 500, null));
                Receiver.Delivery created = receiver.await(about(slug, "axis.created"), WAIT, this::round);
                assertEquals(Verdict.VALID, created.verdict());
                assertTrue(body(created).path("data").path("href").asText().endsWith("/api/v1/axes/" + slug));
                axes.delete(slug);
                assertEquals(
                        Verdict.VALID,
                        receiver.await(about(slug, "axis.deleted"), WAIT, this::round)
                                .verdict());
            } finally {
                unsubscribe(s);
            }
        }
    }

    @Test
    void anInactiveSubscription_getsNothing() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            Subscription s = subscribe(receiver.url(), "note.published");
            try {
                given().contentType(ContentType.JSON)
                        .body(Map.of(
                                "targetUrl", receiver.url(), "eventTypes", List.of("note.published"), "active", false))
                        .put("/api/v1/webhooks/" + s.id())
                        .then()
                        .statusCode(200)
                        .body("active", equalTo(false));
                String slug = publish(NoteStatus.PUBLISHED);
                rounds(3000);
                assertEquals(List.of(), receiver.deliveries(about(slug, "note.published")));
                assertEquals(List.of(), log(s));
            } finally {
                unsubscribe(s);
            }
        }
    }
}
