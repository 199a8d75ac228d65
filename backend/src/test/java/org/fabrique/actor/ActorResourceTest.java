package org.fabrique.actor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.support.QueryPlans;
import org.fabrique.support.SqlStatements;
import org.fabrique.support.TestData;
import org.fabrique.territory.TerritoryInput;
import org.fabrique.territory.TerritoryKind;
import org.fabrique.territory.TerritoryService;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActorResourceTest {
    @Inject
    ActorService actors;

    @Inject
    PersonService people;

    @Inject
    TerritoryService territories;

    @Inject
    EntityManagerFactory emf;

    @Inject
    EntityManager em;

    private String territory() {
        String slug = TestData.unique("terr");
        territories.create(new TerritoryInput(slug, "Territory " + slug, TerritoryKind.REGION, null, null, null, null));
        return slug;
    }

    private ActorView actor(String name, ActorKind kind, String territory, List<String> expertise) {
        return actors.create(new ActorInput(
                        TestData.unique("actor"),
                        name,
                        kind,
                        "Description of " + name,
                        "https://example.org",
                        territory,
                        null,
                        expertise,
                        null))
                .view();
    }

    private static Map<String, Object> body(String slug, String name) {
        Map<String, Object> m = new HashMap<>();
        m.put("slug", slug);
        m.put("name", name);
        m.put("kind", "ASSOCIATION");
        m.put("website", "https://example.org/" + slug);
        return m;
    }

    @Test
    void listsActorsFilteredByKindTerritoryExpertiseAndQuery() {
        String territory = territory();
        String keyword = TestData.unique("kw");
        ActorView school = actor("École du Numérique", ActorKind.RESEARCH_EDUCATION, territory, List.of(keyword));
        actor("Association Zeta", ActorKind.ASSOCIATION, territory, List.of("formation"));

        given().queryParam("territory", territory)
                .get("/api/v1/actors")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.name", contains("Association Zeta", "École du Numérique"))
                .body("items[0].territory.slug", equalTo(territory));
        given().queryParam("territory", territory)
                .queryParam("sort", "-name")
                .get("/api/v1/actors")
                .then()
                .body("items.name", contains("École du Numérique", "Association Zeta"));
        given().queryParam("territory", territory)
                .queryParam("kind", "research-education")
                .get("/api/v1/actors")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].slug", equalTo(school.slug()));
        given().queryParam("expertise", keyword.toUpperCase())
                .get("/api/v1/actors")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].slug", equalTo(school.slug()))
                .body("items[0].expertise", contains(keyword))
                .body("items[0].website", equalTo("https://example.org"));
        given().queryParam("territory", territory)
                .queryParam("q", "ecole NUMERIQUE")
                .get("/api/v1/actors")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].slug", equalTo(school.slug()));
        given().queryParam("territory", "no-such-territory")
                .get("/api/v1/actors")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void listRefusesBadPagingParameters() {
        given().queryParam("page", -1).get("/api/v1/actors").then().statusCode(400);
        given().queryParam("page", "abc")
                .get("/api/v1/actors")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("page"));
        given().queryParam("size", 1000)
                .get("/api/v1/actors")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("size"));
        given().queryParam("sort", "website")
                .get("/api/v1/actors")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sort"));
        given().queryParam("kind", "alien").get("/api/v1/actors").then().statusCode(400);
    }

    @Test
    void listStatementCountDoesNotGrowWithPageSize() {
        String territory = territory();
        String keyword = TestData.unique("bulk");
        for (int i = 0; i < 55; i++) {
            actor("Bulk actor " + i, ActorKind.COMPANY, territory, List.of(keyword, "extra-" + i));
        }
        // Once, so that both measures find the caches filled (the total of a full page is counted once).
        given().queryParam("expertise", keyword)
                .queryParam("size", 5)
                .get("/api/v1/actors")
                .then()
                .statusCode(200);
        long small = SqlStatements.count(
                emf,
                () -> given().queryParam("expertise", keyword)
                        .queryParam("size", 5)
                        .get("/api/v1/actors")
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(5)));
        long large = SqlStatements.count(
                emf,
                () -> given().queryParam("expertise", keyword)
                        .queryParam("size", 50)
                        .get("/api/v1/actors")
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(50))
                        .body("items[49].expertise", hasSize(2)));
        assertThat(small, greaterThan(0L));
        assertThat(large, equalTo(small));
    }

    @Test
    void getsActorWithPeopleAndEtag_andAnswers304WhenUnchanged() {
        String territory = territory();
        ActorView actor = actor("Latitudes", ActorKind.ASSOCIATION, territory, List.of("tech for good", "formation"));
        people.create(new PersonInput(null, "Zoé " + TestData.unique("P"), "Co-founder", null, actor.slug(), null));

        String etag = given().get("/api/v1/actors/" + actor.slug())
                .then()
                .statusCode(200)
                .body("name", equalTo("Latitudes"))
                .body("territory.slug", equalTo(territory))
                .body("expertise", contains("formation", "tech for good"))
                .body("people", hasSize(1))
                .body("people[0].roleTitle", equalTo("Co-founder"))
                .body("people[0].actor.slug", equalTo(actor.slug()))
                .body("createdAt", notNullValue())
                .header("ETag", notNullValue())
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .get("/api/v1/actors/" + actor.slug())
                .then()
                .statusCode(304);
    }

    @Test
    void unknownActorIs404Problem() {
        given().get("/api/v1/actors/" + TestData.unique("ghost"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void createActorRequiresAuthentication() {
        given().contentType(ContentType.JSON)
                .body(body(TestData.unique("a"), "Anonymous"))
                .post("/api/v1/actors")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void createsActor_whenEditor() {
        // Issue 12: editors run the programme's content, actors included.
        given().contentType(ContentType.JSON)
                .body(body(TestData.unique("a"), "Editor"))
                .post("/api/v1/actors")
                .then()
                .statusCode(201);
    }

    @Test
    @TestSecurity(user = "coord", roles = "coordinator")
    void createsUpdatesAndDeletesActor_whenCoordinator() {
        String territory = territory();
        String slug = TestData.unique("actor");
        Map<String, Object> input = body(slug, "Les Petits Débrouillards");
        input.put("territory", territory);
        input.put("expertise", List.of("médiation", "sciences"));
        given().contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/actors")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/actors/" + slug))
                .body("territory.slug", equalTo(territory))
                .body("expertise", contains("médiation", "sciences"));

        String etag = given().get("/api/v1/actors/" + slug).then().extract().header("ETag");
        input.put("expertise", List.of("sciences"));
        input.put("name", "Petits Débrouillards");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(input)
                .put("/api/v1/actors/" + slug)
                .then()
                .statusCode(200)
                .body("name", equalTo("Petits Débrouillards"))
                .body("expertise", contains("sciences"));
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(input)
                .put("/api/v1/actors/" + slug)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        // Search columns follow the expertise.
        given().queryParam("q", "mediation")
                .queryParam("territory", territory)
                .get("/api/v1/actors")
                .then()
                .body("totalItems", equalTo(0));

        given().delete("/api/v1/actors/" + slug).then().statusCode(204);
        given().get("/api/v1/actors/" + slug).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void subUnitsNameTheirParent_andTheParentListsThem() {
        String parent = TestData.unique("authority");
        String unit = TestData.unique("directorate");
        given().contentType(ContentType.JSON)
                .body(Map.of("slug", parent, "name", "Zeta authority", "kind", "LOCAL_AUTHORITY"))
                .post("/api/v1/actors")
                .then()
                .statusCode(201)
                .body("parent", equalTo(null))
                .body("subUnits", hasSize(0));
        given().contentType(ContentType.JSON)
                .body(Map.of("slug", unit, "name", "Alpha directorate", "kind", "LOCAL_AUTHORITY", "parent", parent))
                .post("/api/v1/actors")
                .then()
                .statusCode(201)
                .body("parent.slug", equalTo(parent))
                .body("parent.name", equalTo("Zeta authority"));
        given().get("/api/v1/actors/" + parent)
                .then()
                .statusCode(200)
                .body("subUnits.slug", contains(unit))
                .body("subUnits[0].name", equalTo("Alpha directorate"));

        // The parent as the GET shows it is accepted back (read and write shapes are aligned).
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Alpha directorate", "kind", "LOCAL_AUTHORITY", "parent", Map.of("slug", parent)))
                .put("/api/v1/actors/" + unit)
                .then()
                .statusCode(200)
                .body("parent.slug", equalTo(parent));
        // A loop (the parent under its own sub-unit), the actor itself and an unknown actor: 400 on parent.
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("name", "Zeta authority", "kind", "LOCAL_AUTHORITY", "parent", unit),
                Map.of("name", "Zeta authority", "kind", "LOCAL_AUTHORITY", "parent", parent),
                Map.of("name", "Zeta authority", "kind", "LOCAL_AUTHORITY", "parent", "no-such-actor-x"))) {
            given().contentType(ContentType.JSON)
                    .body(body)
                    .put("/api/v1/actors/" + parent)
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("parent"));
        }
        // Deleting the parent keeps its sub-units, at the top.
        given().delete("/api/v1/actors/" + parent).then().statusCode(204);
        given().get("/api/v1/actors/" + unit).then().statusCode(200).body("parent", equalTo(null));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void invalidActorListsEachField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("slug", "Bad Slug", "website", "ftp://example.org"))
                .post("/api/v1/actors")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("website"))
                .body("errors.field", hasItem("slug"));
        Map<String, Object> input = body(TestData.unique("a"), "Nowhere");
        input.put("territory", "no-such-territory");
        given().contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/actors")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("territory"));
        input.put("territory", null);
        input.put("website", "javascript:alert(1)");
        given().contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/actors")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("website"));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void duplicateSlugIs409() {
        ActorView existing = actor("Existing", ActorKind.MEDIA, null, List.of());
        given().contentType(ContentType.JSON)
                .body(body(existing.slug(), "Again"))
                .post("/api/v1/actors")
                .then()
                .statusCode(409);
    }

    @Test
    void searchPutsTitleMatchesFirstAndCountsAll() {
        String word = TestData.unique("zorglub").replace("-", "");
        ActorView inText = actors.create(new ActorInput(
                        null,
                        "Alpha " + TestData.unique("x"),
                        ActorKind.MEDIA,
                        "works on " + word,
                        null,
                        null,
                        null,
                        null,
                        null))
                .view();
        ActorView inTitle = actors.create(new ActorInput(
                        null, "Zulu " + word, ActorKind.MEDIA, "x".repeat(300) + " end", null, null, null, null, null))
                .view();
        given().queryParam("q", word)
                .queryParam("type", "actor")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("counts.actor", equalTo(2))
                .body("items[0].slug", equalTo(inTitle.slug()))
                .body("items[0].titleMatch", equalTo(true))
                .body("items[0].type", equalTo("actor"))
                .body("items[0].excerpt.length()", lessThanOrEqualTo(201))
                .body("items[1].slug", equalTo(inText.slug()))
                .body("items[1].titleMatch", equalTo(false));
        given().queryParam("q", word)
                .queryParam("type", "actor")
                .queryParam("size", 1)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        assertThat(actors.count() >= 2, equalTo(true));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void deletingTerritoryOfAnActorIs409() {
        String territory = territory();
        actor("Anchored", ActorKind.LOCAL_AUTHORITY, territory, List.of());
        given().delete("/api/v1/territories/" + territory)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().get("/api/v1/territories/" + territory).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void writeResponsesCarryTheEtagOfTheStoredVersion() {
        String slug = TestData.unique("actor");
        Map<String, Object> input = body(slug, "Stored");
        String created = given().contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/actors")
                .then()
                .statusCode(201)
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertEquals(
                given().get("/api/v1/actors/" + slug).then().extract().header("ETag"), created);
        String updated = given().contentType(ContentType.JSON)
                .header("If-Match", created)
                .body(input)
                .put("/api/v1/actors/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertEquals(
                given().get("/api/v1/actors/" + slug).then().extract().header("ETag"), updated);
        given().contentType(ContentType.JSON)
                .header("If-Match", updated)
                .body(input)
                .put("/api/v1/actors/" + slug)
                .then()
                .statusCode(200);
    }

    /**
     * The list's default order (ActorRepository.page: name, then slug) is an index's order (V36), so
     * a page reads its rows from the index instead of sorting every actor.
     */
    @Test
    void defaultOrderOfTheListIsAnIndexOrder() {
        String plan = QueryPlans.withoutSorting(
                em, "select a.id from actor a order by a.name asc, a.slug asc offset 0 rows fetch first 20 rows only");
        assertThat(plan, not(containsString("Sort")));
        assertThat(plan, containsString("actor_name_idx"));
    }
}
