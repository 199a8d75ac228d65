package org.fabrique.coalition.membership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.fabrique.support.Keycloak;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Inviting an ally (issue 15): a coalition's coordinator invites an actor, the accounts acting for
 * it are notified and accept (confirmed) or refuse (declined), the coordinators hear of the
 * answer, and the suggestions mark the invited actor. Real tokens of the local realm: the demo
 * account "member" acts for Latitudes; "coordinator2" coordinates nothing.
 */
@QuarkusTest
class InvitationTest {
    private static final String LATITUDES = "latitudes";

    @BeforeAll
    static void keycloak() {
        Keycloak.requireRunning();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.token(user)).contentType("application/json");
    }

    /** A coalition of the coordinator's own (its creator coordinates it), seeking what Latitudes does. */
    private static String coalition() {
        return as("coordinator")
                .body(Map.of(
                        "title",
                        "Coalition invitante " + TestData.unique("i"),
                        "axes",
                        List.of("environnement"),
                        "problems",
                        List.of(Map.of(
                                "title",
                                "Pas de formation à l'éthique dans l'enseignement supérieur",
                                "allyKinds",
                                List.of("associations")))))
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
    }

    /** How many notifications the user has. */
    private static int count(String user) {
        return as(user).get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
    }

    /** The kinds of the user's notifications received since it had {@code before} (newest first). */
    private static List<String> since(String user, int before) {
        int now = count(user);
        List<String> kinds = as(user).queryParam("size", 100)
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.kind");
        return kinds.subList(0, Math.min(kinds.size(), now - before));
    }

    private static Map<String, Object> latitudesIn(JsonPath allies) {
        List<Map<String, Object>> suggestions = allies.getList("problems[0].suggestions");
        return suggestions.stream()
                .filter(s -> LATITUDES.equals(((Map<?, ?>) s.get("actor")).get("slug")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Latitudes is not suggested: " + suggestions));
    }

    @Test
    void aSuggestedAllyIsInvited_accepts_andTheCoordinatorsHearOfIt() {
        String slug = coalition();
        String members = "/api/v1/coalitions/" + slug + "/members/";
        try {
            JsonPath before = as("coordinator")
                    .get("/api/v1/coalitions/" + slug + "/allies")
                    .jsonPath();
            assertFalse((Boolean) latitudesIn(before).get("invited"));
            int memberNotices = count("member");

            // Only the coalition's coordinators invite.
            as("coordinator2")
                    .body(Map.of("actor", LATITUDES))
                    .post("/api/v1/coalitions/" + slug + "/invitations")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            as("coordinator")
                    .body(Map.of("actor", LATITUDES, "commitment", "Ouvrir un module", "note", "Rejoignez-nous"))
                    .post("/api/v1/coalitions/" + slug + "/invitations")
                    .then()
                    .statusCode(201)
                    .body("status", equalTo("INVITED"))
                    .body("role", equalTo("ALLY"))
                    .body("actor.slug", equalTo(LATITUDES));
            as("coordinator")
                    .body(Map.of("actor", LATITUDES))
                    .post("/api/v1/coalitions/" + slug + "/invitations")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json");
            JsonPath after = as("coordinator")
                    .get("/api/v1/coalitions/" + slug + "/allies")
                    .jsonPath();
            assertTrue((Boolean) latitudesIn(after).get("invited"), "marked as invited until it answers");

            // The member acting for Latitudes is told and sees it among its engagements.
            List<String> told = since("member", memberNotices);
            assertTrue(told.contains("invitation"), told.toString());
            as("member")
                    .get("/api/v1/actors/" + LATITUDES + "/memberships?size=100")
                    .then()
                    .statusCode(200)
                    .body("items.find { it.coalition.slug == '" + slug + "' }.status", equalTo("INVITED"));

            // Nobody else answers for Latitudes; a coordinator's "decision" is for requests only.
            as("coordinator2")
                    .body(Map.of("answer", "ACCEPT"))
                    .post(members + LATITUDES + "/answer")
                    .then()
                    .statusCode(403);
            as("coordinator")
                    .body(Map.of("decision", "CONFIRM"))
                    .post(members + LATITUDES + "/decision")
                    .then()
                    .statusCode(409);
            int coordinatorNotices = count("coordinator");
            as("member")
                    .body(Map.of("answer", "ACCEPT", "commitment", "Ouvrir deux modules de cours"))
                    .post(members + LATITUDES + "/answer")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("CONFIRMED"))
                    .body("commitment", equalTo("Ouvrir deux modules de cours"));
            as("member")
                    .body(Map.of("answer", "REFUSE"))
                    .post(members + LATITUDES + "/answer")
                    .then()
                    .statusCode(409);
            List<String> coordinatorKinds = since("coordinator", coordinatorNotices);
            assertTrue(coordinatorKinds.contains("invitation-accepted"), coordinatorKinds.toString());
            as("coordinator")
                    .get(members + LATITUDES + "/history")
                    .then()
                    .statusCode(200)
                    .body("action", contains("INVITED", "ACCEPTED"))
                    .body("[0].note", equalTo("Rejoignez-nous"))
                    .body("[0].by.username", equalTo("coordinator"))
                    .body("[1].by.username", equalTo("member"));
            // A member now: no longer suggested.
            as("coordinator")
                    .get("/api/v1/coalitions/" + slug + "/allies")
                    .then()
                    .body(
                            "problems[0].suggestions.actor.slug.flatten()",
                            org.hamcrest.Matchers.not(hasItem(LATITUDES)));
        } finally {
            as("coordinator").delete("/api/v1/coalitions/" + slug);
        }
    }

    @Test
    void anInvitationRefusedIsDeclined_andMayBeOfferedAgain() {
        String slug = coalition();
        try {
            as("coordinator")
                    .body(Map.of("actor", LATITUDES, "role", "CONTRIBUTOR"))
                    .post("/api/v1/coalitions/" + slug + "/invitations")
                    .then()
                    .statusCode(201);
            int coordinatorNotices = count("coordinator");
            as("member")
                    .body(Map.of("answer", "REFUSE", "note", "Pas cette année"))
                    .post("/api/v1/coalitions/" + slug + "/members/" + LATITUDES + "/answer")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("DECLINED"));
            List<String> coordinatorKinds = since("coordinator", coordinatorNotices);
            assertTrue(coordinatorKinds.contains("invitation-refused"), coordinatorKinds.toString());
            as("coordinator")
                    .body(Map.of("actor", LATITUDES))
                    .post("/api/v1/coalitions/" + slug + "/invitations")
                    .then()
                    .statusCode(201)
                    .body("status", equalTo("INVITED"));
            // Bad input: a clear 400, nothing recorded.
            as("member")
                    .body(Map.of("answer", "MAYBE"))
                    .post("/api/v1/coalitions/" + slug + "/members/" + LATITUDES + "/answer")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
            as("coordinator")
                    .body(Map.of("actor", "no-such-actor"))
                    .post("/api/v1/coalitions/" + slug + "/invitations")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("actor"));
        } finally {
            as("coordinator").delete("/api/v1/coalitions/" + slug);
        }
    }
}
