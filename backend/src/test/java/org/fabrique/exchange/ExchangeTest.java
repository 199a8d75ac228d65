package org.fabrique.exchange;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.support.Keycloak;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Inter-territorial exchanges (issue 15): the demo's exchange from the source, reports side by side
 * on a coalition, and who may write what, with real tokens ("territory-manager" manages the MEL).
 */
@QuarkusTest
class ExchangeTest {
    private static final String DEMO = "echanges-inter-territoriaux-reset";
    private static final String COALITION_3 = "formations-superieures-numeriques-ethiques";
    private static final String MEL = "metropole-europeenne-de-lille";

    @BeforeAll
    static void keycloak() {
        Keycloak.requireRunning();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.token(user)).contentType("application/json");
    }

    private static Map<String, Object> report(String territory, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("territory", territory);
        body.put("title", title);
        body.put("body", "Ce que nous avons fait, comment, et ce que nous en avons appris.");
        return body;
    }

    @Test
    void theDemoExchange_linksTheMelAndTheRegion_withTheSourcesReport() {
        given().get("/api/v1/exchanges")
                .then()
                .statusCode(200)
                .body("find { it.slug == '" + DEMO + "' }.territories.slug", containsInAnyOrder(MEL, "hauts-de-france"))
                .body("find { it.slug == '" + DEMO + "' }.reportCount", equalTo(3))
                .body("find { it.slug == '" + DEMO + "' }.sample", equalTo(false));
        String etag = given().get("/api/v1/exchanges/" + DEMO)
                .then()
                .statusCode(200)
                .body("coalitions[0].slug", equalTo(COALITION_3))
                .body(
                        "reports.find { it.title == 'Des coalitions territoriales à plusieurs niveaux de la métropole' }.sample",
                        equalTo(false))
                .header("ETag", notNullValue())
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .get("/api/v1/exchanges/" + DEMO)
                .then()
                .statusCode(304);
        // The territory filter takes the territories below: the Nord holds the MEL.
        given().queryParam("territory", "nord").get("/api/v1/exchanges").then().body("slug", hasItem(DEMO));
        given().queryParam("territory", "no-such-territory")
                .get("/api/v1/exchanges")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        given().get("/api/v1/exchanges/no-such-exchange")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aCoalitionsReports_fromEveryTerritory_sideBySide() {
        given().get("/api/v1/coalitions/" + COALITION_3 + "/experience-reports")
                .then()
                .statusCode(200)
                .body("territory.slug", hasItem(MEL))
                .body("territory.slug", hasItem("hauts-de-france"))
                .body("exchange.slug", hasItem(DEMO))
                .body("coalition.slug", everyItem(equalTo(COALITION_3)));
        given().get("/api/v1/coalitions/no-such-coalition/experience-reports")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aTerritoryManager_opensAnExchange_andReportsOnlyForTheirTerritory() {
        String title = "Échange " + TestData.unique("x");
        String slug = as("territory-manager")
                .body(Map.of("title", title, "territories", List.of(MEL, "nord"), "coalitions", List.of(COALITION_3)))
                .post("/api/v1/exchanges")
                .then()
                .statusCode(201)
                .body("territories.slug", contains(MEL, "nord"))
                .extract()
                .path("slug");
        String reports = "/api/v1/exchanges/" + slug + "/reports";
        // Their own territory: yes; the Nord (above the MEL): no; a reader: no.
        int id = as("territory-manager")
                .body(report(MEL, "Notre pratique"))
                .post(reports)
                .then()
                .statusCode(201)
                .body("territory.slug", equalTo(MEL))
                .body("exchange.slug", equalTo(slug))
                .extract()
                .path("id");
        as("territory-manager")
                .body(report("nord", "Pas la nôtre"))
                .post(reports)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as("member").body(report(MEL, "Lecteur")).post(reports).then().statusCode(403);
        given().contentType("application/json")
                .body(report(MEL, "Anonyme"))
                .post(reports)
                .then()
                .statusCode(401);
        // An editor reports for any territory taking part, never for another.
        as("editor").body(report("nord", "Le département")).post(reports).then().statusCode(201);
        as("editor")
                .body(report("lille", "Pas dans l'échange"))
                .post(reports)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("territory"));
        // Corrections check If-Match.
        String etag =
                given().get(reports + "/" + id).then().statusCode(200).extract().header("ETag");
        Map<String, Object> corrected = report(MEL, "Notre pratique, corrigée");
        corrected.put("coalition", COALITION_3);
        as("territory-manager")
                .header("If-Match", etag)
                .body(corrected)
                .put(reports + "/" + id)
                .then()
                .statusCode(200)
                .body("coalition.slug", equalTo(COALITION_3));
        as("territory-manager")
                .header("If-Match", etag)
                .body(corrected)
                .put(reports + "/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        // An exchange links two territories at least.
        as("editor")
                .body(Map.of("title", "Seul", "territories", List.of(MEL, MEL)))
                .post("/api/v1/exchanges")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("territories"));
        // A territory that leaves takes its reports; deleting the exchange takes the rest.
        as("editor")
                .body(Map.of("title", title, "territories", List.of(MEL, "hauts-de-france")))
                .put("/api/v1/exchanges/" + slug)
                .then()
                .statusCode(200)
                .body("reports.territory.slug", contains(MEL));
        as("territory-manager").delete("/api/v1/exchanges/" + slug).then().statusCode(204);
        given().get(reports + "/" + id).then().statusCode(404);
    }

    @Test
    void aManagerOfNoTerritoryTakingPart_cannotOpenOne() {
        as("territory-manager")
                .body(Map.of("title", "Ailleurs", "territories", List.of("nord", "hauts-de-france")))
                .post("/api/v1/exchanges")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
