package org.fabrique.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.fabrique.actor.ActorKind;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionFixtures;
import org.fabrique.support.Accounts;
import org.junit.jupiter.api.Test;

/**
 * Notifications of activity: a commitment request to the other coordinators, the decision to the
 * accounts acting for the actor, the new member, the new stage and a published comment to the
 * coalition's followers; never to the person who caused it, never twice.
 */
@QuarkusTest
class ActivityNotificationTest {
    @Inject
    CoalitionFixtures fixtures;

    @Inject
    Accounts accounts;

    @Inject
    FollowRepository follows;

    @Inject
    NotificationRepository notifications;

    @Inject
    CoalitionDirectory coalitions;

    @Inject
    jakarta.persistence.EntityManager em;

    private List<String> kinds(long accountId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> notifications.page(accountId, 0, 50).stream()
                        .map(NotificationRepository.Row::kind)
                        .toList());
    }

    @Test
    @TestSecurity(
            user = "activity-coordinator",
            roles = {"coordinator", "admin"})
    void coordinatorsFollowersAndRequestersHearOfWhatConcernsThem() {
        String coalition = fixtures.coordinatedBy(
                "activity-coordinator",
                fixtures.coordinatedBy("activity-co-coordinator", fixtures.coalition("Activity")));
        long coalitionId = coalitions.idOf(coalition).orElseThrow();
        String actor = fixtures.actor("Activity association", ActorKind.ASSOCIATION);
        long requester = accounts.actFor("activity-requester", actor);
        long coCoordinator = accounts.idOf("activity-co-coordinator");
        long follower = accounts.idOf("activity-follower");
        long me = accounts.idOf("activity-coordinator");
        QuarkusTransaction.requiringNew().run(() -> follows.add(follower, FollowTarget.coalition, coalitionId));

        // A commitment request: the other coordinator is told, not the one who sent it.
        given().contentType(ContentType.JSON)
                .body(Map.of("actor", actor, "role", "ALLY", "commitment", "Lend a room"))
                .post("/api/v1/coalitions/" + coalition + "/commitments")
                .then()
                .statusCode(201);
        assertEquals(List.of("commitment-request"), kinds(coCoordinator));
        assertEquals(List.of(), kinds(me));

        // The decision: the accounts acting for the actor; the new member: the followers.
        given().contentType(ContentType.JSON)
                .body(Map.of("decision", "CONFIRM"))
                .post("/api/v1/coalitions/" + coalition + "/members/" + actor + "/decision")
                .then()
                .statusCode(200);
        assertEquals(List.of("commitment-confirmed"), kinds(requester));
        assertEquals(List.of("member"), kinds(follower));

        // Fixture coalitions are numbered after the highest number, which other tests may have
        // pushed past the number's bound: bring this one back within it, so that a merge patch
        // (whose result is validated whole) is about the stage alone.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update coalition set number = (select coalesce(max(number), 0) + 1"
                                + " from coalition where number < 90000) where id = :id")
                        .setParameter("id", coalitionId)
                        .executeUpdate());
        // A new stage: the followers (the same stage again tells nobody).
        for (int round = 0; round < 2; round++) {
            given().contentType("application/merge-patch+json")
                    .body(Map.of("stage", "ACTING"))
                    .patch("/api/v1/coalitions/" + coalition)
                    .then()
                    .log()
                    .ifValidationFails()
                    .statusCode(200)
                    .body("stage", equalTo("ACTING"));
        }
        assertEquals(List.of("stage", "member"), kinds(follower));

        // A comment published on the coalition: the followers, not its author.
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "body",
                        "Une salle est prête pour la prochaine réunion.",
                        "formStartedAt",
                        OffsetDateTime.now().minusSeconds(30).toString()))
                .post("/api/v1/coalitions/" + coalition + "/comments")
                .then()
                .statusCode(201)
                .body("status", equalTo("APPROVED"));
        assertEquals(List.of("comment", "stage", "member"), kinds(follower));
        assertTrue(kinds(me).isEmpty(), "the author of every change is not told of it");
        given().get("/api/v1/me/notifications").then().statusCode(200).body("totalItems", equalTo(0));
    }
}
