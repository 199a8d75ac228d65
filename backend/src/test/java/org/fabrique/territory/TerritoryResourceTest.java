package org.fabrique.territory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TerritoryResourceTest {
    @jakarta.inject.Inject
    org.fabrique.support.Accounts accounts;

    @Inject
    TerritoryService service;

    private static Map<String, Object> body(String slug, String name, String kind, String parent) {
        Map<String, Object> m = new HashMap<>();
        m.put("slug", slug);
        m.put("name", name);
        m.put("kind", kind);
        if (parent != null) {
            m.put("parent", parent);
        }
        return m;
    }

    private TerritoryView make(String prefix, TerritoryKind kind, String parent) {
        String slug = TestData.unique(prefix);
        return service.create(new TerritoryInput(
                        slug, "Territory " + slug, kind, "C" + slug.hashCode() % 1000, parent, null, null))
                .view();
    }

    @Test
    void treeNestsChildrenUnderTheirRoot() {
        TerritoryView root = make("nation", TerritoryKind.NATIONAL, null);
        TerritoryView region = make("region", TerritoryKind.REGION, root.slug());
        TerritoryView metro = make("metro", TerritoryKind.METROPOLIS, region.slug());

        given().get("/api/v1/territories")
                .then()
                .statusCode(200)
                .body("slug", hasItem(root.slug()))
                .body("find { it.slug == '" + root.slug() + "' }.children.slug", contains(region.slug()))
                .body("find { it.slug == '" + root.slug() + "' }.children[0].children[0].slug", equalTo(metro.slug()))
                .body("find { it.slug == '" + root.slug() + "' }.children[0].children[0].children", empty())
                .body("slug", org.hamcrest.Matchers.not(hasItem(region.slug())));
    }

    @Test
    void getsTerritoryWithParentChildrenAndBreadcrumb_andAnswers304WhenUnchanged() {
        TerritoryView root = make("nation", TerritoryKind.NATIONAL, null);
        TerritoryView region = make("region", TerritoryKind.REGION, root.slug());
        TerritoryView metro = make("metro", TerritoryKind.METROPOLIS, region.slug());

        String etag = given().get("/api/v1/territories/" + region.slug())
                .then()
                .statusCode(200)
                .body("kind", equalTo("REGION"))
                .body("parent.slug", equalTo(root.slug()))
                .body("children.slug", contains(metro.slug()))
                .body("ancestors.slug", contains(root.slug()))
                .header("ETag", notNullValue())
                .extract()
                .header("ETag");
        given().get("/api/v1/territories/" + metro.slug())
                .then()
                .statusCode(200)
                .body("ancestors.slug", contains(root.slug(), region.slug()))
                .body("parent.slug", equalTo(region.slug()));
        given().get("/api/v1/territories/" + root.slug())
                .then()
                .statusCode(200)
                .body("parent", nullValue())
                .body("ancestors", empty());
        given().header("If-None-Match", etag)
                .get("/api/v1/territories/" + region.slug())
                .then()
                .statusCode(304);
    }

    @Test
    void flatListFiltersByParentAndKind() {
        TerritoryView root = make("nation", TerritoryKind.NATIONAL, null);
        TerritoryView a = make("region", TerritoryKind.REGION, root.slug());
        make("metro", TerritoryKind.METROPOLIS, root.slug());

        given().queryParam("parent", root.slug())
                .get("/api/v1/territories/list")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items", hasSize(2));
        given().queryParam("parent", root.slug())
                .queryParam("kind", "region")
                .get("/api/v1/territories/list")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].slug", equalTo(a.slug()));
        given().queryParam("parent", "no-such-territory")
                .get("/api/v1/territories/list")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        given().queryParam("parent", root.slug())
                .queryParam("size", 1)
                .queryParam("page", 1)
                .queryParam("sort", "-name")
                .get("/api/v1/territories/list")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("totalPages", equalTo(2));
    }

    @Test
    void flatListRefusesBadPagingAndFilters() {
        given().queryParam("page", -1).get("/api/v1/territories/list").then().statusCode(400);
        given().queryParam("page", "abc")
                .get("/api/v1/territories/list")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("page"));
        given().queryParam("size", 1000).get("/api/v1/territories/list").then().statusCode(400);
        given().queryParam("sort", "secret")
                .get("/api/v1/territories/list")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sort"));
        given().queryParam("kind", "planet")
                .get("/api/v1/territories/list")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("kind"));
    }

    @Test
    void unknownTerritoryIs404Problem() {
        given().get("/api/v1/territories/" + TestData.unique("nowhere"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void createTerritoryRequiresAuthentication() {
        given().contentType(ContentType.JSON)
                .body(body(TestData.unique("t"), "Anonymous", "REGION", null))
                .post("/api/v1/territories")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "tm", roles = "territory-manager")
    void territoryManagerMayUpdateButNotCreateOrDelete() {
        TerritoryView region = make("region", TerritoryKind.REGION, null);
        TerritoryView elsewhere = make("elsewhere", TerritoryKind.REGION, null);
        accounts.manageTerritory("tm", region.slug());
        given().contentType(ContentType.JSON)
                .body(body(elsewhere.slug(), "Not mine", "REGION", null))
                .put("/api/v1/territories/" + elsewhere.slug())
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(body(TestData.unique("t"), "By manager", "REGION", null))
                .post("/api/v1/territories")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(body(region.slug(), "Renamed by manager", "REGION", null))
                .put("/api/v1/territories/" + region.slug())
                .then()
                .statusCode(200)
                .body("name", equalTo("Renamed by manager"));
        given().delete("/api/v1/territories/" + region.slug()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void updateTerritoryIsForbiddenToEditor() {
        TerritoryView region = make("region", TerritoryKind.REGION, null);
        given().contentType(ContentType.JSON)
                .body(body(region.slug(), "By editor", "REGION", null))
                .put("/api/v1/territories/" + region.slug())
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void createsUpdatesAndDeletesTerritory_whenAdmin() {
        TerritoryView parent = make("region", TerritoryKind.REGION, null);
        String slug = TestData.unique("metro");
        Map<String, Object> input = body(slug, "Métropole", "METROPOLIS", parent.slug());
        input.put("code", "200093201");
        given().contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/territories")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/territories/" + slug))
                .body("slug", equalTo(slug))
                .body("code", equalTo("200093201"))
                .body("parent.slug", equalTo(parent.slug()))
                .body("sample", equalTo(false));

        String etag =
                given().get("/api/v1/territories/" + slug).then().extract().header("ETag");
        input.put("name", "Métropole renommée");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(input)
                .put("/api/v1/territories/" + slug)
                .then()
                .statusCode(200)
                .body("name", equalTo("Métropole renommée"));
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(input)
                .put("/api/v1/territories/" + slug)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");

        given().delete("/api/v1/territories/" + slug).then().statusCode(204);
        given().get("/api/v1/territories/" + slug).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void createsTerritoryWithSlugDerivedFromName() {
        String name = "Ville " + TestData.unique("Évry");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "COMMUNE"))
                .post("/api/v1/territories")
                .then()
                .statusCode(201)
                .body("slug", startsWith("ville-evry-"));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void refusesParentCycle() {
        TerritoryView root = make("nation", TerritoryKind.NATIONAL, null);
        TerritoryView region = make("region", TerritoryKind.REGION, root.slug());
        TerritoryView metro = make("metro", TerritoryKind.METROPOLIS, region.slug());

        given().contentType(ContentType.JSON)
                .body(body(root.slug(), root.name(), "NATIONAL", metro.slug()))
                .put("/api/v1/territories/" + root.slug())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("parent"));
        given().contentType(ContentType.JSON)
                .body(body(region.slug(), region.name(), "REGION", region.slug()))
                .put("/api/v1/territories/" + region.slug())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("parent"));
        // Moving a leaf elsewhere is fine.
        given().contentType(ContentType.JSON)
                .body(body(metro.slug(), metro.name(), "METROPOLIS", root.slug()))
                .put("/api/v1/territories/" + metro.slug())
                .then()
                .statusCode(200)
                .body("parent.slug", equalTo(root.slug()));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void refusesDeletingTerritoryWithChildren() {
        TerritoryView root = make("nation", TerritoryKind.NATIONAL, null);
        make("region", TerritoryKind.REGION, root.slug());
        given().delete("/api/v1/territories/" + root.slug())
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().get("/api/v1/territories/" + root.slug()).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void invalidTerritoryListsEachField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("slug", "Bad Slug", "code", "x".repeat(21)))
                .post("/api/v1/territories")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("slug"));
        given().contentType(ContentType.JSON)
                .body(body(TestData.unique("t"), "Orphan", "COMMUNE", "no-such-parent"))
                .post("/api/v1/territories")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("parent"));
        given().contentType(ContentType.JSON)
                .body(body("list", "Reserved", "COMMUNE", null))
                .post("/api/v1/territories")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("slug"));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void duplicateSlugIs409() {
        TerritoryView existing = make("region", TerritoryKind.REGION, null);
        given().contentType(ContentType.JSON)
                .body(body(existing.slug(), "Again", "REGION", null))
                .post("/api/v1/territories")
                .then()
                .statusCode(409);
    }

    @Test
    void selfAndDescendantIdsWalksTheWholeSubtree() {
        TerritoryView root = make("nation", TerritoryKind.NATIONAL, null);
        TerritoryView region = make("region", TerritoryKind.REGION, root.slug());
        TerritoryView metro = make("metro", TerritoryKind.METROPOLIS, region.slug());
        long rootId = service.idOf(root.slug()).orElseThrow();
        var ids = service.selfAndDescendantIds(rootId);
        org.hamcrest.MatcherAssert.assertThat(ids, hasSize(3));
        org.hamcrest.MatcherAssert.assertThat(
                ids, hasItem(service.idOf(metro.slug()).orElseThrow()));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void writeResponsesCarryTheEtagOfTheStoredVersion() {
        String slug = TestData.unique("terr");
        Map<String, Object> input = body(slug, "Stored", "COMMUNE", null);
        String created = given().contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/territories")
                .then()
                .statusCode(201)
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertEquals(
                given().get("/api/v1/territories/" + slug).then().extract().header("ETag"), created);
        String updated = given().contentType(ContentType.JSON)
                .header("If-Match", created)
                .body(input)
                .put("/api/v1/territories/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertEquals(
                given().get("/api/v1/territories/" + slug).then().extract().header("ETag"), updated);
        given().contentType(ContentType.JSON)
                .header("If-Match", updated)
                .body(input)
                .put("/api/v1/territories/" + slug)
                .then()
                .statusCode(200);
    }
}
