package org.fabrique.coalition.territorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Source facts the model now holds (issue 12, item 6): a territory's planning documents and main
 * strategy linked to its territorial coalitions, recommended solutions on problems, an approximate
 * attendance and an event organised with partners, and the demo data's corrections.
 */
@QuarkusTest
class SourceFactsTest {
    private static final String MEL = "metropole-europeenne-de-lille";
    private static final String C3 = "formations-superieures-numeriques-ethiques";

    @Test
    void theMelsPlansLinkItsTerritorialCoalitions_asSamples() {
        given().get("/api/v1/territories/" + MEL + "/plans")
                .then()
                .statusCode(200)
                .body("kind", equalTo(List.of("DIGITAL_MASTER_PLAN", "MAIN_STRATEGY")))
                .body("[0].coalitions.slug", hasItem(C3))
                .body("[0].sample", equalTo(true))
                .body("[1].coalitions.slug", equalTo(List.of("communs-numeriques")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void plansAreReplacedAsAList_andOnlyDeclinedCoalitionsMayBeLinked() {
        JsonPath before = given().get("/api/v1/territories/" + MEL + "/plans")
                .then()
                .extract()
                .jsonPath();
        given().contentType(ContentType.JSON)
                .body(List.of(Map.of(
                        "kind", "REGIONAL_CHARTER", "title", "Charte", "coalitions", List.of("communs-logiciels"))))
                .put("/api/v1/territories/" + MEL + "/plans")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("[0].coalitions"));
        given().contentType(ContentType.JSON)
                .body(List.of(Map.of("kind", "NOT_A_KIND", "title", "Charte")))
                .put("/api/v1/territories/" + MEL + "/plans")
                .then()
                .statusCode(400);
        // A write naming the ETag of a list that changed since is refused (412) and changes nothing.
        String read = given().get("/api/v1/territories/" + MEL + "/plans")
                .then()
                .extract()
                .header("ETag");
        given().contentType(ContentType.JSON)
                .header("If-Match", read.replace("\"", "\"x"))
                .body(List.of())
                .put("/api/v1/territories/" + MEL + "/plans")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        // Nothing was lost by the refused writes.
        given().get("/api/v1/territories/" + MEL + "/plans").then().body("title", equalTo(before.getList("title")));
        // Restore what was there (other tests read the demo's plans).
        given().contentType(ContentType.JSON)
                .body(List.of(
                        Map.of(
                                "kind",
                                "DIGITAL_MASTER_PLAN",
                                "title",
                                before.getString("[0].title"),
                                "coalitions",
                                before.getList("[0].coalitions.slug"),
                                "sample",
                                true),
                        Map.of(
                                "kind",
                                "MAIN_STRATEGY",
                                "title",
                                before.getString("[1].title"),
                                "coalitions",
                                before.getList("[1].coalitions.slug"),
                                "sample",
                                true)))
                .header("If-Match", read)
                .put("/api/v1/territories/" + MEL + "/plans")
                .then()
                .statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("", hasSize(2));
    }

    @Test
    @TestSecurity(user = "coord2", roles = "coordinator")
    void onlyWhoManagesTheTerritoryWritesItsPlans() {
        given().contentType(ContentType.JSON)
                .body(List.of())
                .put("/api/v1/territories/" + MEL + "/plans")
                .then()
                .statusCode(403);
    }

    @Test
    void problemsCarryRecommendedSolutions_andTheResetDayItsFacts() {
        given().get("/api/v1/coalitions/" + C3)
                .then()
                .statusCode(200)
                .body("problems[0].solutions[0].kind", equalTo("SOLUTION"))
                .body("problems[0].solutions[0].sample", equalTo(true))
                .body("problems[1].solutions[0].kind", equalTo("KIND_OF_SOLUTION"));
        given().get("/api/v1/events/reset-day-4")
                .then()
                .statusCode(200)
                .body("participantsCount", equalTo(30))
                .body("participantsApproximate", equalTo(true))
                .body("organisedWithPartners", equalTo(true))
                .body("organisers.slug", equalTo(List.of("fing")));
        given().get("/api/v1/people/magali-roger")
                .then()
                .statusCode(200)
                .body("roleTitle", org.hamcrest.Matchers.containsString("médiation numérique"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void solutionsAreWrittenWithTheirProblem_andKeptWhenAWriteOmitsThem() {
        String slug = org.fabrique.support.TestData.unique("solutions");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "slug",
                        slug,
                        "title",
                        "Avec solutions",
                        "problems",
                        List.of(Map.of(
                                "title",
                                "Un problème",
                                "solutions",
                                List.of(Map.of("title", "Une piste", "kind", "KIND_OF_SOLUTION"))))))
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201)
                .body("problems[0].solutions[0].title", equalTo("Une piste"));
        long id = given().get("/api/v1/coalitions/" + slug)
                .then()
                .extract()
                .jsonPath()
                .getLong("problems[0].id");
        given().contentType("application/merge-patch+json")
                .body("{\"title\": \"Avec solutions, renommee\"}")
                .patch("/api/v1/coalitions/" + slug)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("problems[0].solutions[0].title", equalTo("Une piste"));
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "Avec solutions", "problems", List.of(Map.of("id", id, "title", "Un problème"))))
                .put("/api/v1/coalitions/" + slug)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("problems[0].solutions", hasSize(1));
    }
}
