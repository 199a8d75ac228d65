package org.fabrique.toolbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.fabrique.support.TestData;
import org.fabrique.territory.TerritoryKind;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LocalInitiativeResourceTest {
    @Inject
    ToolboxFixtures fixtures;

    @Inject
    LocalInitiativeService service;

    private LocalInitiativeView initiative(String title, String territory, String coalition, String actor) {
        return service.create(new LocalInitiativeInput(
                        TestData.unique("ini"), title, "About " + title, null, territory, coalition, actor, null))
                .view();
    }

    private static Map<String, Object> body(String slug, String title, String territory) {
        Map<String, Object> m = new HashMap<>();
        m.put("slug", slug);
        m.put("title", title);
        m.put("territory", territory);
        return m;
    }

    @Test
    void listsInitiativesFilteredByTerritoryWithDescendantsCoalitionAndActor() {
        String region = fixtures.territory(TerritoryKind.REGION, null);
        String commune = fixtures.territory(TerritoryKind.COMMUNE, region);
        String coalition = fixtures.coalition();
        String actor = fixtures.actor();
        LocalInitiativeView a = initiative("Atelier réparation", region, coalition, null);
        LocalInitiativeView b = initiative("Brigade numérique", commune, null, actor);

        given().queryParam("territory", region)
                .get("/api/v1/initiatives")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.slug", contains(a.slug(), b.slug()));
        given().queryParam("coalition", coalition)
                .get("/api/v1/initiatives")
                .then()
                .body("items.slug", contains(a.slug()))
                .body("items[0].coalition.slug", equalTo(coalition))
                .body("items[0].coalition.stage", equalTo("FORMING"));
        given().queryParam("actor", actor)
                .get("/api/v1/initiatives")
                .then()
                .body("items.slug", contains(b.slug()))
                .body("items[0].actor.slug", equalTo(actor))
                .body("items[0].territory.slug", equalTo(commune));
        given().queryParam("territory", region)
                .queryParam("sort", "-title")
                .queryParam("size", 1)
                .get("/api/v1/initiatives")
                .then()
                .body("items.slug", contains(b.slug()))
                .body("totalPages", equalTo(2));
        given().queryParam("actor", "no-such-actor")
                .get("/api/v1/initiatives")
                .then()
                .body("totalItems", equalTo(0));
        given().get("/api/v1/territories/" + region + "/initiatives")
                .then()
                .statusCode(200)
                .body("items.slug", contains(a.slug(), b.slug()));
        given().get("/api/v1/territories/" + commune + "/initiatives").then().body("items.slug", contains(b.slug()));
        given().get("/api/v1/territories/" + TestData.unique("nowhere") + "/initiatives")
                .then()
                .statusCode(404);
    }

    @Test
    void listRefusesBadPagingParameters() {
        given().queryParam("page", "abc").get("/api/v1/initiatives").then().statusCode(400);
        given().queryParam("page", -1).get("/api/v1/initiatives").then().statusCode(400);
        given().queryParam("size", 1000).get("/api/v1/initiatives").then().statusCode(400);
        given().queryParam("sort", "url")
                .get("/api/v1/initiatives")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sort"));
    }

    @Test
    void getsInitiativeWithEtag_andAnswers304_and404ForUnknown() {
        String territory = fixtures.territory(TerritoryKind.COMMUNE, null);
        LocalInitiativeView i = initiative("Café", territory, null, null);
        String etag = given().get("/api/v1/initiatives/" + i.slug())
                .then()
                .statusCode(200)
                .body("territory.slug", equalTo(territory))
                .body("coalition", nullValue())
                .header("ETag", notNullValue())
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .get("/api/v1/initiatives/" + i.slug())
                .then()
                .statusCode(304);
        given().get("/api/v1/initiatives/" + TestData.unique("none")).then().statusCode(404);
    }

    @Test
    void createInitiativeRequiresAuthentication() {
        given().contentType(ContentType.JSON)
                .body(body(TestData.unique("i"), "Anon", "x"))
                .post("/api/v1/initiatives")
                .then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "m", roles = "member")
    void createInitiativeIsForbiddenToMember() {
        given().contentType(ContentType.JSON)
                .body(body(TestData.unique("i"), "Member", "x"))
                .post("/api/v1/initiatives")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "tm", roles = "territory-manager")
    void createsUpdatesAndDeletesInitiative_whenTerritoryManager() {
        String territory = fixtures.territory(TerritoryKind.METROPOLIS, null);
        String coalition = fixtures.coalition();
        String actor = fixtures.actor();
        String slug = TestData.unique("ini");
        Map<String, Object> input = body(slug, "Fresque du numérique", territory);
        input.put("coalition", coalition);
        input.put("actor", actor);
        input.put("url", "https://example.org/fresque");
        given().contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/initiatives")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/initiatives/" + slug))
                .body("coalition.slug", equalTo(coalition))
                .body("actor.slug", equalTo(actor));

        String etag =
                given().get("/api/v1/initiatives/" + slug).then().extract().header("ETag");
        input.remove("coalition");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(input)
                .put("/api/v1/initiatives/" + slug)
                .then()
                .statusCode(200)
                .body("coalition", nullValue());
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(input)
                .put("/api/v1/initiatives/" + slug)
                .then()
                .statusCode(412);
        given().delete("/api/v1/initiatives/" + slug).then().statusCode(204);
        given().get("/api/v1/initiatives/" + slug).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void invalidInitiativeListsEachField_andUnknownReferencesAre400() {
        given().contentType(ContentType.JSON)
                .body(Map.of("slug", "Bad Slug", "url", "not a url"))
                .post("/api/v1/initiatives")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("territory"))
                .body("errors.field", hasItem("url"))
                .body("errors.field", hasItem("slug"));
        given().contentType(ContentType.JSON)
                .body(body(TestData.unique("i"), "Nowhere", "no-such-territory"))
                .post("/api/v1/initiatives")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("territory"));
        Map<String, Object> input =
                body(TestData.unique("i"), "Bad coalition", fixtures.territory(TerritoryKind.COMMUNE, null));
        input.put("coalition", "no-such-coalition");
        given().contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/initiatives")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("coalition"));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void writeResponsesCarryTheEtagOfTheStoredVersion() {
        String slug = TestData.unique("ini");
        Map<String, Object> input = body(slug, "Stored", fixtures.territory(TerritoryKind.COMMUNE, null));
        String created = given().contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/initiatives")
                .then()
                .statusCode(201)
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertEquals(
                given().get("/api/v1/initiatives/" + slug).then().extract().header("ETag"), created);
        String updated = given().contentType(ContentType.JSON)
                .header("If-Match", created)
                .body(input)
                .put("/api/v1/initiatives/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertEquals(
                given().get("/api/v1/initiatives/" + slug).then().extract().header("ETag"), updated);
        given().contentType(ContentType.JSON)
                .header("If-Match", updated)
                .body(input)
                .put("/api/v1/initiatives/" + slug)
                .then()
                .statusCode(200);
    }
}
