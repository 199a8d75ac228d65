package org.fabrique.toolbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.support.SqlStatements;
import org.fabrique.support.TestData;
import org.fabrique.territory.TerritoryKind;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SharedResourceEndpointTest {
    @Inject
    ToolboxFixtures fixtures;

    @Inject
    SharedResourceService service;

    @Inject
    EntityManagerFactory emf;

    private SharedResourceView resource(
            String title, ResourceKind kind, Availability availability, String territory, List<String> coalitions) {
        return service.create(new SharedResourceInput(
                        TestData.unique("res"),
                        title,
                        kind,
                        "About " + title,
                        "https://example.org/r",
                        "CC BY-SA 4.0",
                        availability,
                        null,
                        territory,
                        coalitions,
                        null))
                .view();
    }

    private static Map<String, Object> body(String slug, String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("slug", slug);
        m.put("title", title);
        m.put("kind", "GUIDE");
        m.put("availability", "AVAILABLE");
        return m;
    }

    @Test
    void listsResourcesFilteredByTerritoryWithDescendantsCoalitionKindAvailabilityAndTitle() {
        String region = fixtures.territory(TerritoryKind.REGION, null);
        String metro = fixtures.territory(TerritoryKind.METROPOLIS, region);
        String coalition = fixtures.coalition();
        SharedResourceView guide =
                resource("Guide sobriété", ResourceKind.GUIDE, Availability.AVAILABLE, region, List.of(coalition));
        SharedResourceView kit = resource("Kit atelier", ResourceKind.TOOLKIT, Availability.PLANNED, metro, List.of());

        given().queryParam("territory", region)
                .get("/api/v1/resources")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.slug", contains(guide.slug(), kit.slug()));
        given().queryParam("territory", metro).get("/api/v1/resources").then().body("items.slug", contains(kit.slug()));
        given().queryParam("territory", region)
                .queryParam("sort", "-title")
                .get("/api/v1/resources")
                .then()
                .body("items.slug", contains(kit.slug(), guide.slug()));
        given().queryParam("coalition", coalition)
                .get("/api/v1/resources")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].coalitions.slug", contains(coalition))
                .body("items[0].licence", equalTo("CC BY-SA 4.0"))
                .body("items[0].territory.slug", equalTo(region));
        given().queryParam("territory", region)
                .queryParam("kind", "toolkit")
                .get("/api/v1/resources")
                .then()
                .body("items.slug", contains(kit.slug()));
        given().queryParam("territory", region)
                .queryParam("availability", "AVAILABLE")
                .get("/api/v1/resources")
                .then()
                .body("items.slug", contains(guide.slug()));
        given().queryParam("territory", region)
                .queryParam("q", "SOBRIÉTÉ")
                .get("/api/v1/resources")
                .then()
                .body("items.slug", contains(guide.slug()));
        given().queryParam("coalition", "no-such-coalition")
                .get("/api/v1/resources")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void listsResourcesByLicenceAndByTheAxisOfTheCoalitionsTheyServe() {
        String region = fixtures.territory(TerritoryKind.REGION, null);
        String axis = fixtures.axis();
        String inAxis = fixtures.coalition(axis);
        String elsewhere = fixtures.coalition();
        SharedResourceView served =
                resource("Guide de l'axe", ResourceKind.GUIDE, Availability.AVAILABLE, region, List.of(inAxis));
        SharedResourceView other =
                resource("Guide d'ailleurs", ResourceKind.GUIDE, Availability.AVAILABLE, region, List.of(elsewhere));

        given().queryParam("axis", axis)
                .get("/api/v1/resources")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.slug", contains(served.slug()));
        given().queryParam("axis", fixtures.axis())
                .get("/api/v1/resources")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        given().queryParam("axis", "no-such-axis")
                .get("/api/v1/resources")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        // resource() gives every resource "CC BY-SA 4.0".
        given().queryParam("territory", region)
                .queryParam("licence", "CC BY-SA 4.0")
                .get("/api/v1/resources")
                .then()
                .body("items.slug", contains(other.slug(), served.slug()));
        given().queryParam("territory", region)
                .queryParam("licence", "CC BY 4.0")
                .get("/api/v1/resources")
                .then()
                .body("totalItems", equalTo(0));
        given().queryParam("licence", "WTFPL")
                .get("/api/v1/resources")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("licence"));
    }

    @Test
    void territoryToolboxListsResourcesOfDescendants_and404ForUnknownTerritory() {
        String region = fixtures.territory(TerritoryKind.REGION, null);
        String metro = fixtures.territory(TerritoryKind.METROPOLIS, region);
        SharedResourceView r =
                resource("Commun logiciel", ResourceKind.SOFTWARE_COMMONS, Availability.IN_PROGRESS, metro, null);
        given().get("/api/v1/territories/" + region + "/resources")
                .then()
                .statusCode(200)
                .body("items.slug", contains(r.slug()))
                .body("items[0].availability", equalTo("IN_PROGRESS"));
        given().get("/api/v1/territories/" + region).then().statusCode(200).body("slug", equalTo(region));
        given().get("/api/v1/territories/" + TestData.unique("nowhere") + "/resources")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("size", 1000)
                .get("/api/v1/territories/" + region + "/resources")
                .then()
                .statusCode(400);
    }

    @Test
    void listRefusesBadPagingParameters() {
        given().queryParam("page", -1).get("/api/v1/resources").then().statusCode(400);
        given().queryParam("page", "abc")
                .get("/api/v1/resources")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("page"));
        given().queryParam("size", 1000).get("/api/v1/resources").then().statusCode(400);
        given().queryParam("sort", "licence")
                .get("/api/v1/resources")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sort"));
        given().queryParam("availability", "someday")
                .get("/api/v1/resources")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("availability"));
    }

    @Test
    void listStatementCountDoesNotGrowWithPageSize() {
        String territory = fixtures.territory(TerritoryKind.REGION, null);
        String publisher = fixtures.actor();
        List<String> coalitions = List.of(fixtures.coalition(), fixtures.coalition());
        for (int i = 0; i < 55; i++) {
            service.create(new SharedResourceInput(
                            null,
                            "Bulk resource " + TestData.unique("r"),
                            ResourceKind.BOOKLET,
                            null,
                            null,
                            null,
                            Availability.AVAILABLE,
                            publisher,
                            territory,
                            coalitions.subList(0, 1 + i % 2),
                            null))
                    .view();
        }
        // Once, so that both measures find the caches filled (the total of a full page is counted once).
        given().queryParam("territory", territory)
                .queryParam("size", 5)
                .get("/api/v1/resources")
                .then()
                .statusCode(200);
        long small = SqlStatements.count(
                emf,
                () -> given().queryParam("territory", territory)
                        .queryParam("size", 5)
                        .get("/api/v1/resources")
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(5)));
        long large = SqlStatements.count(
                emf,
                () -> given().queryParam("territory", territory)
                        .queryParam("size", 50)
                        .get("/api/v1/resources")
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(50))
                        .body("items[0].publisher.slug", equalTo(publisher)));
        assertThat(small, greaterThan(0L));
        assertThat(large, equalTo(small));
    }

    @Test
    void getsResourceWithEtag_andAnswers304_and404ForUnknown() {
        SharedResourceView r = resource("Rapport", ResourceKind.EXPERIENCE_REPORT, Availability.AVAILABLE, null, null);
        String etag = given().get("/api/v1/resources/" + r.slug())
                .then()
                .statusCode(200)
                .body("kind", equalTo("EXPERIENCE_REPORT"))
                .header("ETag", notNullValue())
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .get("/api/v1/resources/" + r.slug())
                .then()
                .statusCode(304);
        given().get("/api/v1/resources/" + TestData.unique("none"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void createResourceRequiresAuthentication() {
        given().contentType(ContentType.JSON)
                .body(body(TestData.unique("r"), "Anon"))
                .post("/api/v1/resources")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "coord", roles = "coordinator")
    void createResourceIsForbiddenToCoordinator() {
        given().contentType(ContentType.JSON)
                .body(body(TestData.unique("r"), "Coordinator"))
                .post("/api/v1/resources")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void createsUpdatesAndDeletesResource_whenEditor() {
        String territory = fixtures.territory(TerritoryKind.REGION, null);
        String publisher = fixtures.actor();
        String c1 = fixtures.coalition();
        String c2 = fixtures.coalition();
        String slug = TestData.unique("res");
        Map<String, Object> input = body(slug, "Guide des communs");
        input.put("publisher", publisher);
        input.put("territory", territory);
        input.put("coalitions", List.of(c1, c2));
        input.put("licence", "CC BY-SA 4.0");
        input.put("url", "https://example.org/guide");
        given().contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/resources")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/resources/" + slug))
                .body("publisher.slug", equalTo(publisher))
                .body("territory.slug", equalTo(territory))
                .body("coalitions.slug", containsInAnyOrder(c1, c2));

        String etag = given().get("/api/v1/resources/" + slug).then().extract().header("ETag");
        input.put("coalitions", List.of(c2));
        input.put("availability", "PLANNED");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(input)
                .put("/api/v1/resources/" + slug)
                .then()
                .statusCode(200)
                .body("availability", equalTo("PLANNED"))
                .body("coalitions.slug", contains(c2));
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(input)
                .put("/api/v1/resources/" + slug)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().delete("/api/v1/resources/" + slug).then().statusCode(204);
        given().get("/api/v1/resources/" + slug).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void licenceIsOneOfTheList() {
        for (String licence : Licences.ALL) {
            Map<String, Object> input = body(TestData.unique("lic"), "Licensed " + licence);
            input.put("licence", licence);
            given().contentType(ContentType.JSON)
                    .body(input)
                    .post("/api/v1/resources")
                    .then()
                    .statusCode(201)
                    .body("licence", equalTo(licence));
        }
        for (String licence : List.of("WTFPL", "cc by-sa 4.0", "CC BY-SA 4.0 ", "Licence Ouverte 2.0|MIT")) {
            Map<String, Object> input = body(TestData.unique("lic"), "Badly licensed");
            input.put("licence", licence);
            given().contentType(ContentType.JSON)
                    .body(input)
                    .post("/api/v1/resources")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("licence"));
        }
    }

    @Test
    @TestSecurity(user = "tm", roles = "territory-manager")
    void invalidResourceListsEachField_andUnknownReferencesAre400() {
        given().contentType(ContentType.JSON)
                .body(Map.of("slug", "Bad Slug", "url", "ftp://example.org", "licence", "x".repeat(121)))
                .post("/api/v1/resources")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("availability"))
                .body("errors.field", hasItem("url"))
                .body("errors.field", hasItem("licence"))
                .body("errors.field", hasItem("slug"));
        Map<String, Object> input = body(TestData.unique("r"), "Unknown coalition");
        input.put("coalitions", List.of("no-such-coalition"));
        given().contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/resources")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("coalitions"));
        input.remove("coalitions");
        input.put("publisher", "no-such-actor");
        given().contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/resources")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("publisher"));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void duplicateSlugIs409() {
        SharedResourceView r = resource("Existing", ResourceKind.GUIDE, Availability.AVAILABLE, null, null);
        given().contentType(ContentType.JSON)
                .body(body(r.slug(), "Again"))
                .post("/api/v1/resources")
                .then()
                .statusCode(409);
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void writeResponsesCarryTheEtagOfTheStoredVersion() {
        String slug = TestData.unique("res");
        Map<String, Object> input = body(slug, "Stored");
        String created = given().contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/resources")
                .then()
                .statusCode(201)
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertEquals(
                given().get("/api/v1/resources/" + slug).then().extract().header("ETag"), created);
        String updated = given().contentType(ContentType.JSON)
                .header("If-Match", created)
                .body(input)
                .put("/api/v1/resources/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertEquals(
                given().get("/api/v1/resources/" + slug).then().extract().header("ETag"), updated);
        given().contentType(ContentType.JSON)
                .header("If-Match", updated)
                .body(input)
                .put("/api/v1/resources/" + slug)
                .then()
                .statusCode(200);
    }
}
