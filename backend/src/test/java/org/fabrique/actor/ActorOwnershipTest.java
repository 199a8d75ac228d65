package org.fabrique.actor;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.fabrique.support.Keycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: actors, people and testimonies belong to admins, editors, the accounts linked to the
 * actor, and the coordinators of every coalition the actor is a confirmed member of (real tokens).
 */
@QuarkusTest
class ActorOwnershipTest {
    private static final String C3 = "formations-superieures-numeriques-ethiques";

    @BeforeEach
    void keycloak() {
        Keycloak.requireRunning();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.token(user)).contentType("application/json");
    }

    private static String create(String path, Map<String, Object> body, String key) {
        return as("admin")
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString(key);
    }

    private static void join(String coalition, String actor) {
        as("admin")
                .body(Map.of("actor", actor, "role", "CONTRIBUTOR", "status", "CONFIRMED"))
                .post("/api/v1/coalitions/" + coalition + "/members")
                .then()
                .statusCode(201);
    }

    private static String actorOf(String name) {
        return create("/api/v1/actors", Map.of("name", name + " " + System.nanoTime(), "kind", "ASSOCIATION"), "slug");
    }

    private static RequestSpecification patch(String user) {
        return given().auth()
                .oauth2(Keycloak.token(user))
                .contentType("application/merge-patch+json")
                .body("{\"description\": \"Changed " + System.nanoTime() + "\"}");
    }

    @Test
    void aCoordinatorChangesTheActorsOfTheirCoalition_onlyWhileNoOtherCoalitionCountsOnThem() {
        String actor = actorOf("Owned by #3");
        join(C3, actor);
        String person =
                create("/api/v1/people", Map.of("fullName", "Person " + System.nanoTime(), "actor", actor), "slug");
        String testimony = create(
                "/api/v1/testimonies",
                Map.of("person", person, "actor", actor, "coalition", C3, "summary", "Said about #3"),
                "id");

        // "coordinator2" coordinates nothing: 403 on every write, before the body is read.
        patch("coordinator2").patch("/api/v1/actors/" + actor).then().statusCode(403);
        as("coordinator2").delete("/api/v1/actors/" + actor).then().statusCode(403);
        as("coordinator2").delete("/api/v1/people/" + person).then().statusCode(403);
        as("coordinator2").delete("/api/v1/testimonies/" + testimony).then().statusCode(403);
        as("coordinator2").body("{}").put("/api/v1/actors/" + actor).then().statusCode(403);
        // "member" is linked to Latitudes, not to this actor.
        patch("member").patch("/api/v1/actors/" + actor).then().statusCode(403);

        // The coordinator of #3 changes them.
        patch("coordinator").patch("/api/v1/actors/" + actor).then().statusCode(200);
        patch("coordinator").patch("/api/v1/people/" + person).then().statusCode(200);

        // Once another coalition counts on the actor, it is no longer #3's alone.
        String other = create("/api/v1/coalitions", Map.of("title", "Other " + System.nanoTime()), "slug");
        join(other, actor);
        patch("coordinator").patch("/api/v1/actors/" + actor).then().statusCode(403);
        as("coordinator").delete("/api/v1/actors/" + actor).then().statusCode(403);
        as("coordinator").delete("/api/v1/people/" + person).then().statusCode(403);
        // The testimony is about #3: still theirs.
        as("coordinator").delete("/api/v1/testimonies/" + testimony).then().statusCode(204);
        // Editors change any actor.
        patch("editor").patch("/api/v1/actors/" + actor).then().statusCode(200);

        as("admin")
                .delete("/api/v1/coalitions/" + other + "/members/" + actor)
                .then()
                .statusCode(204);
        as("coordinator").delete("/api/v1/actors/" + actor).then().statusCode(204);
    }

    @Test
    void anActorInNoCoalitionBelongsToTheCoordinatorWhoCreatedIt() {
        String actor = given().auth()
                .oauth2(Keycloak.token("coordinator2"))
                .contentType("application/json")
                .body(Map.of("name", "Created by coordinator2 " + System.nanoTime(), "kind", "COMPANY"))
                .post("/api/v1/actors")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
        patch("coordinator2").patch("/api/v1/actors/" + actor).then().statusCode(200);
        patch("coordinator").patch("/api/v1/actors/" + actor).then().statusCode(403);
        // Unknown actors stay 404 for whoever might own one, 403 for the others.
        as("coordinator").delete("/api/v1/actors/no-such-actor-here").then().statusCode(404);
        as("moderator").delete("/api/v1/actors/no-such-actor-here").then().statusCode(403);
    }

    @Test
    void theAccountsLinkedToAnActorChangeItsToolboxRecords_notOthers() {
        String actor = actorOf("Publisher");
        String resource = create(
                "/api/v1/resources",
                Map.of(
                        "title",
                        "Guide " + System.nanoTime(),
                        "kind",
                        "GUIDE",
                        "availability",
                        "AVAILABLE",
                        "publisher",
                        actor),
                "slug");
        patch("member").patch("/api/v1/resources/" + resource).then().statusCode(403);
        String account = given().auth()
                .oauth2(Keycloak.token("member"))
                .get("/api/v1/me")
                .then()
                .extract()
                .jsonPath()
                .getString("id");
        List<String> before = given().auth()
                .oauth2(Keycloak.token("admin"))
                .get("/api/v1/accounts/" + account)
                .then()
                .extract()
                .jsonPath()
                .getList("actors.slug");
        List<String> linked = new java.util.ArrayList<>(before);
        linked.add(actor);
        as("admin")
                .body(Map.of("actors", linked, "territories", List.of()))
                .put("/api/v1/accounts/" + account + "/links")
                .then()
                .statusCode(200);
        try {
            patch("member").patch("/api/v1/resources/" + resource).then().statusCode(200);
            patch("member").patch("/api/v1/actors/" + actor).then().statusCode(200);
        } finally {
            as("admin")
                    .body(Map.of("actors", before, "territories", List.of()))
                    .put("/api/v1/accounts/" + account + "/links")
                    .then()
                    .statusCode(200);
        }
    }
}
