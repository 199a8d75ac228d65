package org.fabrique.coalition.territorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.actor.ActorKind;
import org.fabrique.coalition.CoalitionFixtures;
import org.fabrique.territory.TerritoryKind;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TerritorialCoalitionResourceTest {
    @jakarta.inject.Inject
    org.fabrique.support.Accounts accounts;

    @Inject
    CoalitionFixtures fixtures;

    private static Map<String, Object> declension(String territory, String positioning, boolean priority) {
        Map<String, Object> body = new HashMap<>();
        body.put("territory", territory);
        body.put("positioning", positioning);
        body.put("priority", priority);
        return body;
    }

    @Test
    @TestSecurity(user = "tm", roles = "territory-manager")
    void declinesCoalitionInTerritory_whenTerritoryManager() {
        String coalition = fixtures.coalition("Declined");
        String mel = fixtures.territory("Métropole Européenne de Lille", TerritoryKind.METROPOLIS, null);
        String partner = fixtures.actor("Université de Lille", ActorKind.RESEARCH_EDUCATION);
        String territories = "/api/v1/coalitions/" + coalition + "/territories";
        String other = fixtures.territory("Not managed", TerritoryKind.METROPOLIS, null);
        given().contentType(ContentType.JSON)
                .body(declension(other, "PILOT", true))
                .post(territories)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        accounts.manageTerritory("tm", mel);

        Map<String, Object> body = declension(mel, "PILOT", true);
        body.put("commitments", "Pilot two degrees");
        body.put(
                "partners",
                List.of(
                        Map.of("scope", "NATIONAL", "status", "IDENTIFIED", "label", "Latitudes"),
                        Map.of("scope", "TERRITORIAL", "status", "SOUGHT", "actor", partner)));
        given().contentType(ContentType.JSON)
                .body(body)
                .post(territories)
                .then()
                .statusCode(201)
                .header("Location", endsWith(territories + "/" + mel))
                .body("territory.slug", equalTo(mel))
                .body("coalition.slug", equalTo(coalition))
                .body("positioning", equalTo("PILOT"))
                .body("priority", equalTo(true))
                .body("status", equalTo("IDENTIFIED"))
                .body("partners[0].label", equalTo("Latitudes"))
                .body("partners[0].actor", nullValue())
                .body("partners[1].actor.slug", equalTo(partner))
                .body("partners[1].label", equalTo("Université de Lille"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post(territories)
                .then()
                .statusCode(409);

        given().get(territories).then().statusCode(200).body("items.territory.slug", contains(mel));
        given().get("/api/v1/coalitions/" + coalition)
                .then()
                .body("territories[0].territory.slug", equalTo(mel))
                .body("territories[0].priority", equalTo(true));

        String etag = given().get(territories + "/" + mel)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .get(territories + "/" + mel)
                .then()
                .statusCode(304);
        Map<String, Object> update = declension(null, "CONTRIBUTOR", false);
        update.put("status", "ACTIVE");
        update.put("partners", List.of(Map.of("scope", "TERRITORIAL", "status", "ENGAGED", "actor", partner)));
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(update)
                .put(territories + "/" + mel)
                .then()
                .statusCode(200)
                .body("positioning", equalTo("CONTRIBUTOR"))
                .body("status", equalTo("ACTIVE"))
                .body("partners[0].status", equalTo("ENGAGED"));
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(update)
                .put(territories + "/" + mel)
                .then()
                .statusCode(412);

        given().delete(territories + "/" + mel).then().statusCode(204);
        given().get(territories).then().body("items", empty());
        given().get(territories + "/" + mel).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "coord", roles = "coordinator")
    void listsCoalitionsOfTerritoryWithFilters() {
        String territory = fixtures.territory("Nantes Métropole", TerritoryKind.METROPOLIS, null);
        String pilot = fixtures.coordinatedBy("coord", fixtures.coalition("Piloted here"));
        String contributed = fixtures.coordinatedBy("coord", fixtures.coalition("Contributed here"));
        given().contentType(ContentType.JSON)
                .body(declension(territory, "PILOT", true))
                .post("/api/v1/coalitions/" + pilot + "/territories")
                .then()
                .statusCode(201);
        Map<String, Object> body = declension(territory, "CONTRIBUTOR", false);
        body.put("status", "PARTNERS_SOUGHT");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/coalitions/" + contributed + "/territories")
                .then()
                .statusCode(201);

        String list = "/api/v1/territories/" + territory + "/coalitions";
        given().get(list).then().statusCode(200).body("items.coalition.slug", contains(pilot, contributed));
        given().get(list + "?positioning=pilot").then().body("items.coalition.slug", contains(pilot));
        given().get(list + "?priority=false").then().body("items.coalition.slug", contains(contributed));
        given().get(list + "?status=partners-sought").then().body("items.coalition.slug", contains(contributed));
        given().get(list + "?sort=-number").then().body("items.coalition.slug", contains(contributed, pilot));
        given().get(list + "?status=nope").then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().get(list + "?priority=maybe").then().statusCode(400);
        given().get(list + "?size=0").then().statusCode(400);
        given().get("/api/v1/territories/no-such-territory/coalitions").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "coord", roles = "coordinator")
    void invalidDeclensionListsFields() {
        String coalition = fixtures.coordinatedBy("coord", fixtures.coalition("Invalid declension"));
        given().contentType(ContentType.JSON)
                .body(Map.of("partners", List.of(Map.of("label", "x"))))
                .post("/api/v1/coalitions/" + coalition + "/territories")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("positioning"))
                .body("errors.field", hasItem(allOf(startsWith("partners"), containsString("scope"))))
                .body("errors.field", hasItem(allOf(startsWith("partners"), containsString("status"))));
        given().contentType(ContentType.JSON)
                .body(declension(null, "PILOT", false))
                .post("/api/v1/coalitions/" + coalition + "/territories")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("territory"));
        given().contentType(ContentType.JSON)
                .body(declension("no-such-territory", "PILOT", false))
                .post("/api/v1/coalitions/" + coalition + "/territories")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("territory"));
    }

    @Test
    void declaringRequiresAuthentication() {
        given().contentType(ContentType.JSON)
                .body(declension("x", "PILOT", false))
                .post("/api/v1/coalitions/any/territories")
                .then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void declaringIsForbiddenToEditor() {
        given().contentType(ContentType.JSON)
                .body(declension("x", "PILOT", false))
                .post("/api/v1/coalitions/any/territories")
                .then()
                .statusCode(403);
    }
}
