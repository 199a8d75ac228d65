package org.fabrique.coalition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.Map;
import org.fabrique.support.Keycloak;
import org.junit.jupiter.api.Test;

/** Issue 12: a coalition's stage changes are dated, and served with the coalition. */
@QuarkusTest
class StageHistoryTest {
    @Test
    void eachStageReachedIsServedWithItsDate_oldestFirst() {
        Keycloak.requireRunning();
        String admin = Keycloak.token("admin");
        String slug = given().auth()
                .oauth2(admin)
                .contentType("application/json")
                .body(Map.of("title", "Stages " + System.nanoTime(), "stage", "EMERGING"))
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201)
                .body("stageHistory.size()", equalTo(1))
                .body("stageHistory[0].stage", equalTo("EMERGING"))
                .extract()
                .path("slug");
        for (String stage : new String[] {"FORMING", "FORMING", "COMMITTED"}) {
            given().auth()
                    .oauth2(admin)
                    .contentType("application/merge-patch+json")
                    .body(Map.of("stage", stage))
                    .patch("/api/v1/coalitions/" + slug)
                    .then()
                    .statusCode(200);
        }
        JsonPath view = given().get("/api/v1/coalitions/" + slug)
                .then()
                .statusCode(200)
                .body("stageHistory.stage", org.hamcrest.Matchers.contains("EMERGING", "FORMING", "COMMITTED"))
                .extract()
                .jsonPath();
        OffsetDateTime first = OffsetDateTime.parse(view.getString("stageHistory[0].reachedAt"));
        OffsetDateTime last = OffsetDateTime.parse(view.getString("stageHistory[2].reachedAt"));
        org.hamcrest.MatcherAssert.assertThat(last.compareTo(first), greaterThanOrEqualTo(0));
    }

    @Test
    void theDemoCoalitionsReachedTheirStageWhenCreated() {
        given().get("/api/v1/coalitions/formations-superieures-numeriques-ethiques")
                .then()
                .statusCode(200)
                .body("stageHistory.size()", greaterThanOrEqualTo(1))
                .body("stageHistory[0].reachedAt", notNullValue());
    }
}
