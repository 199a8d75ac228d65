package org.fabrique.coalition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.fabrique.actor.ActorKind;
import org.fabrique.coalition.membership.MembershipRole;
import org.fabrique.coalition.membership.MembershipStatus;
import org.fabrique.support.Accounts;
import org.junit.jupiter.api.Test;

/** Coordinators edit the coalitions they coordinate, and only those. */
@QuarkusTest
class CoalitionOwnershipTest {
    @Inject
    CoalitionFixtures fixtures;

    @Inject
    Accounts accounts;

    private static Map<String, Object> canvas(String title) {
        return Map.of("title", title, "stage", "FORMING");
    }

    @Test
    @TestSecurity(user = "owner-by-creation", roles = "coordinator")
    void theCreatorCoordinatesItsCoalition() {
        String slug = given().contentType(ContentType.JSON)
                .body(canvas("Created by a coordinator"))
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
        given().get("/api/v1/coalitions/" + slug + "/coordinators")
                .then()
                .statusCode(200)
                .body("username", hasItem("owner-by-creation"));
        given().contentType(ContentType.JSON)
                .body(canvas("Renamed by its coordinator"))
                .put("/api/v1/coalitions/" + slug)
                .then()
                .statusCode(200)
                .body("title", equalTo("Renamed by its coordinator"));
        given().get("/api/v1/coalitions/" + slug + "/permissions").then().body("edit", equalTo(true));
    }

    @Test
    @TestSecurity(user = "outsider", roles = "coordinator")
    void aCoordinatorGets403OnAnotherCoalition_beforeValidation() {
        String other = fixtures.coalition("Someone else's");
        given().contentType(ContentType.JSON)
                .body(canvas("Hijacked"))
                .put("/api/v1/coalitions/" + other)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        // An invalid body changes nothing: the right is checked first.
        given().contentType(ContentType.JSON)
                .body("{}")
                .put("/api/v1/coalitions/" + other)
                .then()
                .statusCode(403);
        given().delete("/api/v1/coalitions/" + other).then().statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Map.of("actor", "x", "role", "ALLY"))
                .post("/api/v1/coalitions/" + other + "/members")
                .then()
                .statusCode(403);
        given().get("/api/v1/coalitions/" + other + "/permissions").then().body("edit", equalTo(false));
        // Unknown coalitions stay 404 whatever the role.
        given().contentType(ContentType.JSON)
                .body(canvas("Ghost"))
                .put("/api/v1/coalitions/no-such-coalition")
                .then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "pilot-person", roles = "coordinator")
    void aCoordinatorActingForAConfirmedPilotEditsTheCoalition() {
        String coalition = fixtures.coalition("Piloted");
        String actor = fixtures.actor("Pilot association", ActorKind.ASSOCIATION);
        fixtures.member(coalition, actor, MembershipRole.PILOT, MembershipStatus.CONFIRMED);
        given().contentType(ContentType.JSON)
                .body(canvas("Edited by the pilot"))
                .put("/api/v1/coalitions/" + coalition)
                .then()
                .statusCode(403);
        accounts.actFor("pilot-person", actor);
        given().contentType(ContentType.JSON)
                .body(canvas("Edited by the pilot"))
                .put("/api/v1/coalitions/" + coalition)
                .then()
                .statusCode(200);
    }

    @Test
    @TestSecurity(user = "proposed-pilot", roles = "coordinator")
    void aProposedPilotDoesNotYetEdit() {
        String coalition = fixtures.coalition("Proposed pilot");
        String actor = fixtures.actor("Hopeful association", ActorKind.ASSOCIATION);
        fixtures.member(coalition, actor, MembershipRole.PILOT, MembershipStatus.PROPOSED);
        accounts.actFor("proposed-pilot", actor);
        given().contentType(ContentType.JSON)
                .body(canvas("Too early"))
                .put("/api/v1/coalitions/" + coalition)
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "naming-admin", roles = "admin")
    void anAdminNamesCoordinators() {
        String coalition = fixtures.coalition("Named");
        long account = accounts.idOf("named-coordinator");
        given().contentType(ContentType.JSON)
                .body(Map.of("accounts", List.of(account)))
                .put("/api/v1/coalitions/" + coalition + "/coordinators")
                .then()
                .statusCode(200)
                .body("id", hasItem((int) account));
        given().contentType(ContentType.JSON)
                .body(Map.of("accounts", List.of(999_999_999L)))
                .put("/api/v1/coalitions/" + coalition + "/coordinators")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("accounts"));

        // Two people edit the list: the second, sending the ETag they read, gets 412 and changes nothing.
        String read = given().get("/api/v1/coalitions/" + coalition + "/coordinators")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().header("If-None-Match", read)
                .get("/api/v1/coalitions/" + coalition + "/coordinators")
                .then()
                .statusCode(304);
        long other = accounts.idOf("other-coordinator");
        String saved = given().contentType(ContentType.JSON)
                .header("If-Match", read)
                .body(Map.of("accounts", List.of(account, other)))
                .put("/api/v1/coalitions/" + coalition + "/coordinators")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(read, saved);
        given().contentType(ContentType.JSON)
                .header("If-Match", read)
                .body(Map.of("accounts", List.of()))
                .put("/api/v1/coalitions/" + coalition + "/coordinators")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().get("/api/v1/coalitions/" + coalition + "/coordinators").then().body("id", hasItems((int) account, (int)
                other));
    }

    @Test
    void anonymousPermissionsAreAllFalse() {
        String coalition = fixtures.coalition("Public");
        given().get("/api/v1/coalitions/" + coalition + "/permissions")
                .then()
                .statusCode(200)
                .body("edit", equalTo(false));
    }
}
