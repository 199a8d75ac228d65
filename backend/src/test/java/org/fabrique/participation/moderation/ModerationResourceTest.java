package org.fabrique.participation.moderation;

import static io.restassured.RestAssured.given;
import static org.fabrique.participation.comment.Participation.comment;
import static org.fabrique.participation.comment.Participation.email;
import static org.fabrique.participation.comment.Participation.ip;
import static org.fabrique.participation.comment.Participation.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.fabrique.participation.comment.Participation;
import org.fabrique.participation.comment.ParticipationTestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ParticipationTestProfile.class)
class ModerationResourceTest {
    @Inject
    Participation fixtures;

    /** Held: sent without the form's start time (the moderator's own session signs it in). */
    private long pendingComment(String path, String email) {
        Map<String, Object> body = comment("Camille", email, "À modérer " + email);
        body.remove("formStartedAt");
        return post(ip(), path, body)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    @Test
    void anonymousIs401_memberAndEditorAre403() {
        given().get("/api/v1/moderation/comments").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/moderation/comments/decisions")
                .then()
                .statusCode(401);
        given().get("/api/v1/moderation/suggestions").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "mod-member", roles = "member")
    void memberIs403() {
        given().get("/api/v1/moderation/comments").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(1), "action", "APPROVE"))
                .post("/api/v1/moderation/comments/decisions")
                .then()
                .statusCode(403)
                .body(not(containsString("ids")));
    }

    @Test
    @TestSecurity(user = "mod-editor", roles = "editor")
    void editorIs403() {
        given().get("/api/v1/moderation/suggestions").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "mod-admin", roles = "admin")
    void adminSeesTheQueues() {
        given().get("/api/v1/moderation/comments?queue=spam").then().statusCode(200);
        given().get("/api/v1/moderation/suggestions?queue=REPORTED").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "mod-moderator", roles = "moderator")
    void moderatorSeesPendingWithEmailAndReasons_andApprovesInBulk() {
        String path = "/api/v1/notes/" + fixtures.note() + "/comments";
        String a = email();
        String b = email();
        long first = pendingComment(path, a);
        long second = pendingComment(path, b);
        given().get("/api/v1/moderation/comments?queue=pending&size=100&sort=-createdAt")
                .then()
                .statusCode(200)
                .body("items.id", hasItems((int) first, (int) second))
                .body("items.email", hasItems(a, b))
                .body("items.find { it.id == " + first + " }.spamDecisions.rule", hasItem("minimum-time"));
        given().contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(first, second), "action", "APPROVE", "reason", "fine"))
                .post("/api/v1/moderation/comments/decisions")
                .then()
                .statusCode(200)
                .body("ids.size()", equalTo(2))
                .body("action", equalTo("APPROVE"));
        given().get(path).then().body("totalItems", equalTo(2));
        given().contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(first), "action", "TRASH", "reason", "off topic"))
                .post("/api/v1/moderation/comments/decisions")
                .then()
                .statusCode(200);
        given().get(path).then().body("totalItems", equalTo(1));
    }

    @Test
    @TestSecurity(user = "mod-moderator", roles = "moderator")
    void queueSaysWhereEachCommentWasPosted() {
        String note = fixtures.note();
        String coalition = fixtures.coalition();
        long onNote = pendingComment("/api/v1/notes/" + note + "/comments", email());
        long onCoalition = pendingComment("/api/v1/coalitions/" + coalition + "/comments", email());
        given().get("/api/v1/moderation/comments?queue=pending&size=100&sort=-createdAt")
                .then()
                .statusCode(200)
                .body("items.find { it.id == " + onNote + " }.note.slug", equalTo(note))
                .body("items.find { it.id == " + onNote + " }.note.status", equalTo("PUBLISHED"))
                .body("items.find { it.id == " + onNote + " }.coalition", equalTo(null))
                .body("items.find { it.id == " + onCoalition + " }.coalition.slug", equalTo(coalition))
                .body("items.find { it.id == " + onCoalition + " }.note", equalTo(null));
    }

    @Test
    @TestSecurity(user = "mod-moderator", roles = "moderator")
    void badDecisionsAndQueues_are400() {
        given().get("/api/v1/moderation/comments?queue=everything")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("queue"));
        given().get("/api/v1/moderation/comments?size=1000").then().statusCode(400);
        given().get("/api/v1/moderation/comments?sort=email").then().statusCode(400);
        given().contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(999999999), "action", "SPAM"))
                .post("/api/v1/moderation/comments/decisions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("ids"));
        given().contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(), "action", "SPAM"))
                .post("/api/v1/moderation/comments/decisions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("ids"));
        given().contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(1), "action", "DELETE"))
                .post("/api/v1/moderation/comments/decisions")
                .then()
                .statusCode(400);
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/moderation/comments/decisions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("action", "ids"));
    }
}
