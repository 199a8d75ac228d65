package org.fabrique.coalition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.actor.ActorKind;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CoalitionResourceTest {
    @Inject
    CoalitionFixtures fixtures;

    private static Map<String, Object> canvas(String slug, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("title", title);
        body.put("summary", "Bring ethical questions into digital degrees");
        body.put("intention", "Every digital degree integrates social and environmental questions");
        body.put("vision", "Graduates who build a sustainable digital world");
        body.put("stage", "FORMING");
        return body;
    }

    @Test
    @TestSecurity(user = "coord", roles = "coordinator")
    void createsCoalitionWithWholeCanvas_whenCoordinator() {
        String axis = fixtures.axis("Éthique");
        String actor = fixtures.actor("Latitudes", ActorKind.ASSOCIATION);
        String slug = TestData.unique("formations");
        Map<String, Object> body = canvas(slug, "Formations supérieures numériques éthiques");
        body.put("axes", List.of(axis));
        body.put("keywords", List.of("  Éducation ", "éducation", "Numérique"));
        body.put("experiences", List.of(Map.of("title", "Latitudes curricula", "url", "https://www.latitudes.cc")));
        body.put(
                "problems",
                List.of(Map.of(
                        "title", "Curricula ignore ecology",
                        "allyKinds", List.of("universities", "students"),
                        "actors", List.of(actor))));
        body.put(
                "impacts",
                List.of(Map.of(
                        "title", "Degrees transformed",
                        "indicator", "Number of degrees",
                        "unit", "degrees",
                        "baseline", 0,
                        "target", 10,
                        "targetDate", "2022-12-31")));

        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", notNullValue())
                .body("slug", equalTo(slug))
                .body("number", notNullValue())
                .body("stage", equalTo("FORMING"))
                .body("axes.slug", contains(axis))
                .body("keywords", contains("numérique", "éducation"))
                .body("experiences[0].url", equalTo("https://www.latitudes.cc"))
                .body("problems[0].allyKinds", containsInAnyOrder("universities", "students"))
                .body("problems[0].actors.slug", contains(actor))
                .body("impacts[0].target", equalTo(10))
                .body("impacts[0].measures", empty())
                .body("impacts[0].progress", nullValue())
                .body("governance.fundersOnlyPilot", equalTo(false))
                .body("sample", equalTo(false));

        given().get("/api/v1/coalitions/" + slug)
                .then()
                .statusCode(200)
                .body("title", equalTo("Formations supérieures numériques éthiques"))
                .body("problems[0].title", equalTo("Curricula ignore ecology"));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void givesNextFreeNumber_andRefusesTakenNumberOrSlug() {
        String first = TestData.unique("c");
        int number = given().contentType(ContentType.JSON)
                .body(canvas(first, "First"))
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201)
                .extract()
                .path("number");
        Map<String, Object> second = canvas(TestData.unique("c"), "Second");
        given().contentType(ContentType.JSON)
                .body(second)
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201)
                .body("number", equalTo(number + 1));

        Map<String, Object> takenNumber = canvas(TestData.unique("c"), "Third");
        takenNumber.put("number", number);
        given().contentType(ContentType.JSON)
                .body(takenNumber)
                .post("/api/v1/coalitions")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(canvas(first, "Same slug"))
                .post("/api/v1/coalitions")
                .then()
                .statusCode(409);
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void derivesSlugFromTitle_whenAbsent() {
        String title = "Communs numériques " + TestData.unique("x");
        Map<String, Object> body = canvas(null, title);
        body.remove("slug");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201)
                .body("slug", startsWith("communs-numeriques-x-"));
    }

    @Test
    void createRequiresAuthentication() {
        given().contentType(ContentType.JSON)
                .body(canvas(TestData.unique("c"), "Anonymous"))
                .post("/api/v1/coalitions")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(
            user = "ed",
            roles = {"editor", "territory-manager"})
    void createIsForbiddenToEditorAndTerritoryManager() {
        given().contentType(ContentType.JSON)
                .body(canvas(TestData.unique("c"), "Editor"))
                .post("/api/v1/coalitions")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void invalidCoalitionListsEachField() {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", "Bad Slug");
        body.put("keywords", java.util.Collections.nCopies(31, "k"));
        body.put("problems", List.of(Map.of("description", "no title")));
        body.put("impacts", List.of(Map.of("title", "no target", "indicator", "i", "unit", "u")));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/coalitions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("slug"))
                .body("errors.field", hasItem("keywords"))
                .body("errors.field", hasItem(allOf(startsWith("problems"), containsString("title"))))
                .body("errors.field", hasItem(allOf(startsWith("impacts"), containsString("target"))));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void unknownReferencedSlugsAre400NamingTheField() {
        Map<String, Object> body = canvas(TestData.unique("c"), "Refs");
        body.put("axes", List.of("no-such-axis"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/coalitions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("axes"));
        body.put("axes", List.of());
        body.put("parent", "no-such-coalition");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/coalitions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parent"));
        body.remove("parent");
        body.put("problems", List.of(Map.of("title", "p", "actors", List.of("no-such-actor"))));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/coalitions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("problems.actors"));
    }

    @Test
    void unknownCoalitionIs404Problem() {
        given().get("/api/v1/coalitions/nope-" + TestData.unique("x"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void answers304WhenUnchanged() {
        String slug = fixtures.coalition("Etag coalition");
        String etag = given().get("/api/v1/coalitions/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .get("/api/v1/coalitions/" + slug)
                .then()
                .statusCode(304);
    }

    @Test
    @TestSecurity(user = "coord", roles = "coordinator")
    void replacesCanvasKeepingMeasuresOfKeptImpacts_andRefusesStaleIfMatch() {
        String slug = TestData.unique("canvas");
        Map<String, Object> body = canvas(slug, "Canvas");
        body.put(
                "impacts",
                List.of(
                        Map.of("title", "Kept", "indicator", "i", "unit", "u", "target", 10),
                        Map.of("title", "Dropped", "indicator", "i", "unit", "u", "target", 5)));
        body.put("problems", List.of(Map.of("title", "Old problem")));
        JsonPath created = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        long kept = created.getLong("impacts[0].id");
        given().contentType(ContentType.JSON)
                .body(Map.of("measuredOn", "2021-06-01", "value", 4, "evidence", "Survey"))
                .post("/api/v1/coalitions/" + slug + "/impacts/" + kept + "/measures")
                .then()
                .statusCode(201);

        String etag = given().get("/api/v1/coalitions/" + slug).then().extract().header("ETag");
        Map<String, Object> replaced = canvas(slug, "Canvas replaced");
        replaced.put("stage", "COMMITTED");
        replaced.put(
                "impacts",
                List.of(
                        Map.of("id", kept, "title", "Kept renamed", "indicator", "i", "unit", "u", "target", 10),
                        Map.of("title", "New", "indicator", "i", "unit", "u", "target", 1)));
        replaced.put("keywords", List.of("Sobriété"));
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(replaced)
                .put("/api/v1/coalitions/" + slug)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("title", equalTo("Canvas replaced"))
                .body("stage", equalTo("COMMITTED"))
                .body("problems", empty())
                .body("impacts", hasSize(2))
                .body("impacts[0].id", equalTo((int) kept))
                .body("impacts[0].title", equalTo("Kept renamed"))
                .body("impacts[0].measures", hasSize(1))
                .body("impacts[0].latestValue", equalTo(4))
                .body("impacts[0].progress", equalTo(0.4f))
                .body("impacts[1].measures", empty())
                .body("keywords", contains("sobriété"));

        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(replaced)
                .put("/api/v1/coalitions/" + slug)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "coord", roles = "coordinator")
    void commentsCanBeClosed_andStayClosedWhenAnUpdateOmitsTheField() {
        String slug = TestData.unique("closing");
        given().contentType(ContentType.JSON)
                .body(canvas(slug, "Closing"))
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201)
                .body("commentsOpen", equalTo(true));
        Map<String, Object> closed = canvas(slug, "Closing");
        closed.put("commentsOpen", false);
        given().contentType(ContentType.JSON)
                .body(closed)
                .put("/api/v1/coalitions/" + slug)
                .then()
                .statusCode(200)
                .body("commentsOpen", equalTo(false));
        given().contentType(ContentType.JSON)
                .body(canvas(slug, "Closing, renamed"))
                .put("/api/v1/coalitions/" + slug)
                .then()
                .statusCode(200)
                .body("commentsOpen", equalTo(false));
        given().contentType(ContentType.JSON)
                .body(Map.of("body", "Hello", "authorName", "A", "email", "a@example.org"))
                .post("/api/v1/coalitions/" + slug + "/comments")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Comments are closed on this coalition"));

        Map<String, Object> reopened = canvas(slug, "Closing");
        reopened.put("commentsOpen", true);
        given().contentType(ContentType.JSON)
                .body(reopened)
                .put("/api/v1/coalitions/" + slug)
                .then()
                .statusCode(200)
                .body("commentsOpen", equalTo(true));
    }

    @Test
    @TestSecurity(user = "coord", roles = "coordinator")
    void etagOfPutResponseIsTheEtagOfTheNextGet() {
        String slug = fixtures.coordinatedBy("coord", fixtures.coalition("Stable etag"));
        // Repeated: times are rounded to the database's microseconds, which a single try may miss.
        for (int i = 0; i < 8; i++) {
            String fromPut = given().contentType(ContentType.JSON)
                    .body(canvas(slug, "Stable etag " + i))
                    .put("/api/v1/coalitions/" + slug)
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("ETag");
            given().header("If-None-Match", fromPut)
                    .get("/api/v1/coalitions/" + slug)
                    .then()
                    .statusCode(304);
        }
    }

    @Test
    @TestSecurity(user = "coord", roles = "coordinator")
    void addsAndDeletesImpactMeasures() {
        String slug = TestData.unique("measures");
        Map<String, Object> body = canvas(slug, "Measures");
        body.put(
                "impacts",
                List.of(Map.of("title", "Degrees", "indicator", "i", "unit", "u", "baseline", 2, "target", 12)));
        long impact = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("impacts[0].id");
        String measures = "/api/v1/coalitions/" + slug + "/impacts/" + impact + "/measures";
        given().contentType(ContentType.JSON)
                .body(Map.of("measuredOn", "2021-01-01", "value", 4.5))
                .post(measures)
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("value", equalTo(4.5f));
        long later = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "measuredOn", "2022-01-01",
                        "value", 7,
                        "evidence", "Annual report",
                        "evidenceUrl", "https://example.org/report"))
                .post(measures)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        given().get("/api/v1/coalitions/" + slug)
                .then()
                .body("impacts[0].measures", hasSize(2))
                .body("impacts[0].latestValue", equalTo(7))
                .body("impacts[0].progress", equalTo(0.5f));

        given().delete(measures + "/" + later).then().statusCode(204);
        given().get("/api/v1/coalitions/" + slug)
                .then()
                .body("impacts[0].measures", hasSize(1))
                .body("impacts[0].latestValue", equalTo(4.5f));
        given().delete(measures + "/" + later).then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("measuredOn", "2021-01-01", "value", 1))
                .post("/api/v1/coalitions/" + slug + "/impacts/999999999/measures")
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("evidenceUrl", "not a url"))
                .post(measures)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("measuredOn"))
                .body("errors.field", hasItem("value"))
                .body("errors.field", hasItem("evidenceUrl"));
    }

    @Test
    @TestSecurity(user = "coord", roles = "coordinator")
    void correctsImpactMeasure() {
        String slug = TestData.unique("correct-measure");
        Map<String, Object> body = canvas(slug, "Correct a measure");
        body.put(
                "impacts",
                List.of(Map.of("title", "Degrees", "indicator", "i", "unit", "u", "baseline", 0, "target", 10)));
        long impact = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("impacts[0].id");
        String measures = "/api/v1/coalitions/" + slug + "/impacts/" + impact + "/measures";
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("measuredOn", "2021-01-01", "value", 40))
                .post(measures)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        given().contentType(ContentType.JSON)
                .body(Map.of("measuredOn", "2021-02-01", "value", 4, "evidence", "Typo: 4, not 40"))
                .put(measures + "/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("measuredOn", equalTo("2021-02-01"))
                .body("value", equalTo(4))
                .body("evidence", equalTo("Typo: 4, not 40"));
        given().get("/api/v1/coalitions/" + slug)
                .then()
                .body("impacts[0].measures", hasSize(1))
                .body("impacts[0].latestValue", equalTo(4))
                .body("impacts[0].progress", equalTo(0.4f));

        given().contentType(ContentType.JSON)
                .body(Map.of("value", 5))
                .put(measures + "/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("measuredOn"));
        given().contentType(ContentType.JSON)
                .body(Map.of("measuredOn", "2021-02-01", "value", 5))
                .put(measures + "/999999999")
                .then()
                .statusCode(404);
    }

    @Test
    void addingMeasureRequiresCoordinatorOrAdmin() {
        given().contentType(ContentType.JSON)
                .body(Map.of("measuredOn", "2021-01-01", "value", 1))
                .post("/api/v1/coalitions/any/impacts/1/measures")
                .then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void showsParentAndChildren_andRefusesCycles() {
        String parent = fixtures.coalition("Communs numériques");
        String child = TestData.unique("communs-logiciels");
        Map<String, Object> body = canvas(child, "Communs logiciels");
        body.put("parent", parent);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201)
                .body("parent.slug", equalTo(parent));
        given().get("/api/v1/coalitions/" + parent).then().body("children.slug", contains(child));

        Map<String, Object> cycle = canvas(parent, "Communs numériques");
        cycle.put("parent", child);
        given().contentType(ContentType.JSON)
                .body(cycle)
                .put("/api/v1/coalitions/" + parent)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parent"));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void flagsCoalitionWhoseOnlyPilotIsItsFunder() {
        String slug = fixtures.coalition("Governance");
        String funder = fixtures.actor("A foundation", ActorKind.FUNDER);
        String association = fixtures.actor("An association", ActorKind.ASSOCIATION);
        String members = "/api/v1/coalitions/" + slug + "/members";

        given().contentType(ContentType.JSON)
                .body(Map.of("actor", funder, "role", "FUNDER", "status", "CONFIRMED"))
                .post(members)
                .then()
                .statusCode(201);
        given().get("/api/v1/coalitions/" + slug).then().body("governance.fundersOnlyPilot", equalTo(true));

        given().contentType(ContentType.JSON)
                .body(Map.of("actor", association, "role", "PILOT", "status", "PROPOSED"))
                .post(members)
                .then()
                .statusCode(201);
        // A proposed pilot does not steer yet.
        given().get("/api/v1/coalitions/" + slug).then().body("governance.fundersOnlyPilot", equalTo(true));

        given().contentType(ContentType.JSON)
                .body(Map.of("role", "PILOT", "status", "CONFIRMED"))
                .put(members + "/" + association)
                .then()
                .statusCode(200);
        given().get("/api/v1/coalitions/" + slug)
                .then()
                .body("governance.fundersOnlyPilot", equalTo(false))
                .body("members", hasSize(2));

        // A funder that pilots alone is flagged too.
        String other = fixtures.coalition("Governance by a funder");
        given().contentType(ContentType.JSON)
                .body(Map.of("actor", funder, "role", "PILOT", "status", "CONFIRMED"))
                .post("/api/v1/coalitions/" + other + "/members")
                .then()
                .statusCode(201);
        given().get("/api/v1/coalitions/" + other).then().body("governance.fundersOnlyPilot", equalTo(true));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void deletesCoalitionWithItsMembersDeclensionsAndMeasures_keepingItsChildren() {
        String slug = TestData.unique("to-delete");
        Map<String, Object> body = canvas(slug, "To delete");
        body.put("impacts", List.of(Map.of("title", "Impact", "indicator", "i", "unit", "u", "target", 3)));
        body.put("problems", List.of(Map.of("title", "Problem", "allyKinds", List.of("funders"))));
        long impact = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/coalitions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("impacts[0].id");
        given().contentType(ContentType.JSON)
                .body(Map.of("measuredOn", "2021-01-01", "value", 1))
                .post("/api/v1/coalitions/" + slug + "/impacts/" + impact + "/measures")
                .then()
                .statusCode(201);
        String actor = fixtures.actor("Member", ActorKind.COMPANY);
        given().contentType(ContentType.JSON)
                .body(Map.of("actor", actor, "role", "ALLY"))
                .post("/api/v1/coalitions/" + slug + "/members")
                .then()
                .statusCode(201);
        String territory = fixtures.territory("Territory", org.fabrique.territory.TerritoryKind.COMMUNE, null);
        given().contentType(ContentType.JSON)
                .body(Map.of("territory", territory, "positioning", "CONTRIBUTOR"))
                .post("/api/v1/coalitions/" + slug + "/territories")
                .then()
                .statusCode(201);
        String child = fixtures.coalition("Child", List.of(), List.of(), Stage.EMERGING, slug);

        given().delete("/api/v1/coalitions/" + slug).then().statusCode(204);
        given().get("/api/v1/coalitions/" + child).then().statusCode(200).body("parent", nullValue());
        given().get("/api/v1/actors/" + actor + "/memberships").then().body("items", empty());
        given().get("/api/v1/coalitions/" + slug).then().statusCode(404);
        given().delete("/api/v1/coalitions/" + slug).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "member", roles = "member")
    void deleteIsForbiddenToMember() {
        String slug = fixtures.coalition("Protected");
        given().delete("/api/v1/coalitions/" + slug).then().statusCode(403);
    }
}
