package org.fabrique.coalition.membership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.fabrique.actor.ActorKind;
import org.fabrique.coalition.CoalitionFixtures;
import org.fabrique.support.Accounts;
import org.junit.jupiter.api.Test;

/** A member proposes an actor, a coordinator decides, every step is in the history. */
@QuarkusTest
class CommitmentResourceTest {
    @Inject
    CoalitionFixtures fixtures;

    @Inject
    Accounts accounts;

    @Test
    @TestSecurity(user = "proposer", roles = "member")
    void aMemberProposesOnlyTheirOwnActors() {
        String coalition = fixtures.coalition("Open to commitments");
        String mine = fixtures.actor("My association", ActorKind.ASSOCIATION);
        String notMine = fixtures.actor("Someone else's association", ActorKind.ASSOCIATION);
        accounts.actFor("proposer", mine);
        String url = "/api/v1/coalitions/" + coalition + "/commitments";
        given().contentType(ContentType.JSON)
                .body(Map.of("actor", notMine, "role", "ALLY", "commitment", "Lend a room"))
                .post(url)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("actor", mine, "role", "PILOT", "commitment", "Lead it all"))
                .post(url)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("role"));
        given().contentType(ContentType.JSON)
                .body(Map.of("actor", mine, "role", "CONTRIBUTOR", "commitment", "Two days a month"))
                .post(url)
                .then()
                .statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("actor.slug", equalTo(mine));
        given().contentType(ContentType.JSON)
                .body(Map.of("actor", mine, "role", "CONTRIBUTOR", "commitment", "Again"))
                .post(url)
                .then()
                .statusCode(409);
        // The proposer may read the history of their actor's engagement, and withdraw it.
        given().get("/api/v1/coalitions/" + coalition + "/members/" + mine + "/history")
                .then()
                .statusCode(200)
                .body("action", contains("PROPOSED"))
                .body("[0].by.username", equalTo("proposer"));
        given().post("/api/v1/coalitions/" + coalition + "/members/" + mine + "/withdrawal")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
    }

    @Test
    @TestSecurity(user = "deciding-coordinator", roles = "coordinator")
    void theCoordinatorSeesTheRequestAndDecides() {
        String coalition = fixtures.coordinatedBy("deciding-coordinator", fixtures.coalition("Decided"));
        String other = fixtures.coalition("Not coordinated");
        String actor = fixtures.actor("Proposed association", ActorKind.ASSOCIATION);
        String elsewhere = fixtures.actor("Proposed elsewhere", ActorKind.ASSOCIATION);
        fixtures.member(coalition, actor, MembershipRole.CONTRIBUTOR, MembershipStatus.PROPOSED);
        fixtures.member(other, elsewhere, MembershipRole.CONTRIBUTOR, MembershipStatus.PROPOSED);
        given().get("/api/v1/me/commitment-requests")
                .then()
                .statusCode(200)
                .body("items.membership.actor.slug", hasItem(actor))
                .body("items.membership.actor.slug", org.hamcrest.Matchers.not(hasItem(elsewhere)));
        String decision = "/api/v1/coalitions/" + coalition + "/members/" + actor + "/decision";
        given().contentType(ContentType.JSON)
                .body(Map.of("decision", "CONFIRM", "note", "Welcome"))
                .post(decision)
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        given().contentType(ContentType.JSON)
                .body(Map.of("decision", "DECLINE"))
                .post(decision)
                .then()
                .statusCode(409);
        given().get("/api/v1/coalitions/" + coalition + "/members/" + actor + "/history")
                .then()
                .statusCode(200)
                .body("action", hasItem("CONFIRMED"))
                .body("find { it.action == 'CONFIRMED' }.note", equalTo("Welcome"))
                .body("find { it.action == 'CONFIRMED' }.by.username", equalTo("deciding-coordinator"));
        given().contentType(ContentType.JSON)
                .body(Map.of("decision", "CONFIRM"))
                .post("/api/v1/coalitions/" + other + "/members/" + elsewhere + "/decision")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "a-member", roles = "member")
    void aMemberHasNoRequestsToDecide() {
        given().get("/api/v1/me/commitment-requests").then().statusCode(200).body("totalItems", equalTo(0));
    }
}
