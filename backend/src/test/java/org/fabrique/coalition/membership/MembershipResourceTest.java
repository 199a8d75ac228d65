package org.fabrique.coalition.membership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.fabrique.actor.ActorKind;
import org.fabrique.coalition.CoalitionFixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MembershipResourceTest {
    @Inject
    CoalitionFixtures fixtures;

    @Test
    @TestSecurity(user = "coord", roles = "coordinator")
    void addsUpdatesListsAndRemovesMember_whenCoordinator() {
        String coalition = fixtures.coordinatedBy("coord", fixtures.coalition("Members"));
        String actor = fixtures.actor("Latitudes", ActorKind.ASSOCIATION);
        String members = "/api/v1/coalitions/" + coalition + "/members";

        given().contentType(ContentType.JSON)
                .body(Map.of("actor", actor, "role", "PILOT", "commitment", "Two days a month"))
                .post(members)
                .then()
                .statusCode(201)
                .header("Location", endsWith(members + "/" + actor))
                .body("actor.slug", equalTo(actor))
                .body("actor.kind", equalTo("ASSOCIATION"))
                .body("role", equalTo("PILOT"))
                .body("status", equalTo("PROPOSED"));
        given().contentType(ContentType.JSON)
                .body(Map.of("actor", actor, "role", "ALLY"))
                .post(members)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        given().get(members)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].commitment", equalTo("Two days a month"));
        given().get("/api/v1/coalitions/" + coalition).then().body("members.actor.slug", contains(actor));

        String etag = given().get(members + "/" + actor)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag).get(members + "/" + actor).then().statusCode(304);
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("role", "PILOT", "status", "CONFIRMED", "commitment", "One day a week"))
                .put(members + "/" + actor)
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("commitment", equalTo("One day a week"));
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("role", "ALLY", "status", "WITHDRAWN"))
                .put(members + "/" + actor)
                .then()
                .statusCode(412);

        given().get("/api/v1/actors/" + actor + "/memberships")
                .then()
                .statusCode(200)
                .body("items[0].coalition.slug", equalTo(coalition))
                .body("items[0].role", equalTo("PILOT"))
                .body("items[0].status", equalTo("CONFIRMED"));

        given().delete(members + "/" + actor).then().statusCode(204);
        given().get(members).then().body("items", empty());
        given().get("/api/v1/actors/" + actor + "/memberships").then().body("items", empty());
        given().delete(members + "/" + actor).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void listsActorMembershipsByCoalitionNumber() {
        String actor = fixtures.actor("Network", ActorKind.NETWORK);
        String first = fixtures.coalition("First");
        String second = fixtures.coalition("Second");
        for (String coalition : new String[] {second, first}) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("actor", actor, "role", "CONTRIBUTOR"))
                    .post("/api/v1/coalitions/" + coalition + "/members")
                    .then()
                    .statusCode(201);
        }
        given().get("/api/v1/actors/" + actor + "/memberships")
                .then()
                .body("items.coalition.slug", contains(first, second));
        given().get("/api/v1/actors/" + actor + "/memberships?sort=-number")
                .then()
                .body("items.coalition.slug", contains(second, first));
        given().get("/api/v1/actors/" + actor + "/memberships?size=1&page=1")
                .then()
                .body("items.coalition.slug", contains(second))
                .body("totalPages", equalTo(2));
        given().get("/api/v1/actors/" + actor + "/memberships?sort=name").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void invalidMembershipListsFields_andUnknownActorIs400() {
        String coalition = fixtures.coalition("Invalid members");
        given().contentType(ContentType.JSON)
                .body(Map.of("commitment", "x"))
                .post("/api/v1/coalitions/" + coalition + "/members")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("actor"))
                .body("errors.field", hasItem("role"));
        given().contentType(ContentType.JSON)
                .body(Map.of("actor", "no-such-actor", "role", "ALLY"))
                .post("/api/v1/coalitions/" + coalition + "/members")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("actor"));
        given().contentType(ContentType.JSON)
                .body(Map.of("actor", "x", "role", "BOSS"))
                .post("/api/v1/coalitions/" + coalition + "/members")
                .then()
                .statusCode(400);
    }

    @Test
    void unknownCoalitionOrActorIs404() {
        given().get("/api/v1/coalitions/no-such-coalition/members").then().statusCode(404);
        given().get("/api/v1/actors/no-such-actor/memberships")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void addingMemberRequiresAuthentication() {
        given().contentType(ContentType.JSON)
                .body(Map.of("actor", "x", "role", "ALLY"))
                .post("/api/v1/coalitions/any/members")
                .then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "tm", roles = "territory-manager")
    void addingMemberIsForbiddenToTerritoryManager() {
        given().contentType(ContentType.JSON)
                .body(Map.of("actor", "x", "role", "ALLY"))
                .post("/api/v1/coalitions/any/members")
                .then()
                .statusCode(403);
    }
}
