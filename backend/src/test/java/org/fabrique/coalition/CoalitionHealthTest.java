package org.fabrique.coalition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.fabrique.actor.ActorKind;
import org.fabrique.coalition.membership.MembershipRole;
import org.fabrique.coalition.membership.MembershipStatus;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoalitionHealthTest {
    @Inject
    CoalitionFixtures fixtures;

    @Test
    @TestSecurity(user = "health-admin", roles = "admin")
    void alliesImpactsStageTimeAndRecentActivity() {
        String axis = fixtures.axis("Health axis");
        String ally = fixtures.actor("Ally", ActorKind.ASSOCIATION);
        String member = fixtures.actor("Member", ActorKind.COMPANY);
        String slug = TestData.unique("health");
        long impact = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "slug",
                        slug,
                        "title",
                        "Healthy coalition",
                        "stage",
                        "COMMITTED",
                        "axes",
                        List.of(axis),
                        "problems",
                        List.of(
                                Map.of(
                                        "title",
                                        "P1",
                                        "allyKinds",
                                        List.of("universities", "students"),
                                        "actors",
                                        List.of(ally)),
                                Map.of("title", "P2", "allyKinds", List.of("funders"))),
                        "impacts",
                        List.of(
                                Map.of("title", "I1", "indicator", "i", "unit", "u", "baseline", 2, "target", 10),
                                Map.of("title", "I2", "indicator", "i", "unit", "u", "target", 4))))
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("impacts.find { it.title == 'I1' }.id");
        given().contentType(ContentType.JSON)
                .body(Map.of("measuredOn", "2026-01-10", "value", 3))
                .post("/api/v1/coalitions/" + slug + "/impacts/" + impact + "/measures")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("measuredOn", "2026-02-10", "value", 6))
                .post("/api/v1/coalitions/" + slug + "/impacts/" + impact + "/measures")
                .then()
                .statusCode(201);
        fixtures.member(slug, member, MembershipRole.CONTRIBUTOR, MembershipStatus.CONFIRMED);

        given().get("/api/v1/coalitions/" + slug + "/health")
                .then()
                .statusCode(200)
                .body("slug", equalTo(slug))
                .body("stage", equalTo("COMMITTED"))
                .body("allies.sought", equalTo(3))
                .body("allies.found", equalTo(1))
                .body("allies.problems", equalTo(2))
                .body("allies.problemsWithAllies", equalTo(1))
                .body("impacts.total", equalTo(2))
                .body("impacts.measured", equalTo(1))
                .body("impacts.progress", equalTo(0.5f))
                .body("stageTime.source", equalTo("STAGE_CHANGE"))
                .body("stageTime.since", notNullValue())
                .body("stageTime.days", equalTo(0))
                .body("recentActivity.days", equalTo(90))
                .body("recentActivity.newMemberships", equalTo(1))
                .body("recentActivity.comments", equalTo(0));

        given().queryParam("coalitionsPerAxis", 100)
                .get("/api/v1/panorama")
                .then()
                .statusCode(200)
                .body("health.'" + slug + "'.allies.sought", equalTo(3))
                .body("health.'" + slug + "'.impacts.progress", equalTo(0.5f));
    }

    @Test
    @TestSecurity(user = "health-admin", roles = "admin")
    void aCoalitionWithoutImpactsHasNoProgress() {
        String slug = fixtures.coalition("Bare");
        given().get("/api/v1/coalitions/" + slug + "/health")
                .then()
                .statusCode(200)
                .body("allies.sought", equalTo(0))
                .body("impacts.total", equalTo(0))
                .body("impacts.progress", nullValue());
    }

    @Test
    void unknownCoalitionIs404() {
        given().get("/api/v1/coalitions/no-such-coalition/health")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void progressIsClampedAndReadsAMissingBaselineAsZero() {
        org.junit.jupiter.api.Assertions.assertEquals(
                1.0, CoalitionHealthRepository.progress(null, java.math.BigDecimal.TEN, new java.math.BigDecimal(12)));
        org.junit.jupiter.api.Assertions.assertEquals(
                0.0,
                CoalitionHealthRepository.progress(
                        java.math.BigDecimal.ONE, java.math.BigDecimal.TEN, java.math.BigDecimal.ZERO));
        org.junit.jupiter.api.Assertions.assertEquals(
                null, CoalitionHealthRepository.progress(null, java.math.BigDecimal.TEN, null));
    }
}
