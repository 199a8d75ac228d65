package org.fabrique.testimony;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.event.EventFormat;
import org.fabrique.event.EventInput;
import org.fabrique.event.EventKind;
import org.fabrique.event.EventService;
import org.fabrique.event.EventView;
import org.fabrique.event.Fixtures;
import org.fabrique.event.SessionInput;
import org.fabrique.event.SessionKind;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TestimonyResourceTest {
    @Inject
    EventService events;

    private EventView event(String title) {
        return events.create(new EventInput(
                        null,
                        title + " " + TestData.unique("e"),
                        EventKind.RESET_DAY,
                        null,
                        OffsetDateTime.parse("2020-04-21T07:30:00Z"),
                        OffsetDateTime.parse("2020-04-21T15:00:00Z"),
                        "Europe/Paris",
                        EventFormat.ONLINE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new SessionInput(
                                null, "Témoignages", SessionKind.TESTIMONY, null, null, null, null, null)),
                        null))
                .view();
    }

    private static Map<String, Object> testimony(String person, String summary) {
        Map<String, Object> body = new HashMap<>();
        body.put("person", person);
        body.put("summary", summary);
        return body;
    }

    private static int create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/testimonies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    @TestSecurity(user = "coord", roles = "coordinator")
    void createsTestimony_whenCoordinator_withSessionOfItsEvent() {
        String actor = Fixtures.actor("Latitudes");
        String person = Fixtures.person("Augustin Courtier", actor);
        String coalition = Fixtures.coalition("Formations");
        EventView event = event("Reset Day");
        long sessionId = event.agenda().get(0).id();
        Map<String, Object> body = testimony(person, "Notre expérience de coalition");
        body.put("coalition", coalition);
        body.put("event", event.slug());
        body.put("session", sessionId);
        body.put("link", "https://example.org/video");

        int id = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/testimonies")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/testimonies/"))
                .header("ETag", notNullValue())
                .extract()
                .path("id");

        given().get("/api/v1/testimonies/" + id)
                .then()
                .statusCode(200)
                .body("person.slug", equalTo(person))
                .body("person.fullName", equalTo("Augustin Courtier"))
                .body("actor.slug", equalTo(actor))
                .body("coalition.slug", equalTo(coalition))
                .body("event.slug", equalTo(event.slug()))
                .body("event.startsAt", equalTo("2020-04-21T09:30:00+02:00"))
                .body("session.id", equalTo((int) sessionId))
                .body("session.kind", equalTo("TESTIMONY"))
                .body("summary", equalTo("Notre expérience de coalition"))
                .body("link", equalTo("https://example.org/video"))
                .body("sample", equalTo(false));
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void rejectsSessionOfAnotherEventOrWithoutEvent() {
        String person = Fixtures.person("Personne", null);
        EventView mine = event("Mine");
        EventView other = event("Other");
        Map<String, Object> body = testimony(person, "Résumé");
        body.put("event", mine.slug());
        body.put("session", other.agenda().get(0).id());
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/testimonies")
                .then()
                .statusCode(400)
                .body("errors.field", contains("session"));
        body.remove("event");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/testimonies")
                .then()
                .statusCode(400)
                .body("errors.field", contains("session"));
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void filtersByCoalitionEventPersonAndActor() {
        String actorA = Fixtures.actor("A");
        String actorB = Fixtures.actor("B");
        String personA = Fixtures.person("Alice", actorA);
        String personB = Fixtures.person("Bob", actorB);
        String coalition = Fixtures.coalition("Filtre témoignages");
        EventView event = event("Filtre");
        Map<String, Object> first = testimony(personA, "Premier");
        first.put("coalition", coalition);
        first.put("event", event.slug());
        int firstId = create(first);
        Map<String, Object> second = testimony(personB, "Second");
        second.put("coalition", coalition);
        int secondId = create(second);

        given().get("/api/v1/testimonies?coalition=" + coalition)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", contains(secondId, firstId));
        given().get("/api/v1/testimonies?coalition=" + coalition + "&sort=createdAt")
                .then()
                .body("items.id", contains(firstId, secondId));
        given().get("/api/v1/testimonies?event=" + event.slug()).then().body("items.id", contains(firstId));
        given().get("/api/v1/testimonies?person=" + personB).then().body("items.id", contains(secondId));
        given().get("/api/v1/testimonies?actor=" + actorA).then().body("items.id", contains(firstId));
        given().get("/api/v1/testimonies?actor=" + TestData.unique("none"))
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        given().get("/api/v1/testimonies?coalition=" + coalition + "&size=1&page=1")
                .then()
                .body("items.id", contains(firstId))
                .body("totalPages", equalTo(2));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void updatesWithIfMatch_answers304_412_thenDeletes_whenAdmin() {
        String person = Fixtures.person("Claire", null);
        Map<String, Object> body = testimony(person, "Avant");
        int id = create(body);
        String etag = given().get("/api/v1/testimonies/" + id)
                .then()
                .body("actor", nullValue())
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .get("/api/v1/testimonies/" + id)
                .then()
                .statusCode(304);
        body.put("summary", "Après");
        String newTag = given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(body)
                .put("/api/v1/testimonies/" + id)
                .then()
                .statusCode(200)
                .body("summary", equalTo("Après"))
                .extract()
                .header("ETag");
        given().get("/api/v1/testimonies/" + id).then().header("ETag", equalTo(newTag));
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(body)
                .put("/api/v1/testimonies/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().delete("/api/v1/testimonies/" + id).then().statusCode(204);
        given().get("/api/v1/testimonies/" + id).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/testimonies/not-a-number").then().statusCode(404);
    }

    @Test
    void writesNeedAuthentication() {
        given().contentType(ContentType.JSON)
                .body(testimony("someone", "Anonyme"))
                .post("/api/v1/testimonies")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "m", roles = "member")
    void writesAreForbiddenToMembers() {
        given().contentType(ContentType.JSON)
                .body(testimony("someone", "Membre"))
                .post("/api/v1/testimonies")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void validationErrorsNameEachField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("link", "ftp://nope", "actor", "Not A Slug"))
                .post("/api/v1/testimonies")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("person"))
                .body("errors.field", hasItem("summary"))
                .body("errors.field", hasItem("link"))
                .body("errors.field", hasItem("actor"));
        String person = Fixtures.person("Denis", null);
        for (String field : List.of("person", "actor", "coalition", "event")) {
            Map<String, Object> body = testimony(person, "Références");
            body.put(field, TestData.unique("ghost"));
            given().contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/testimonies")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains(field));
        }
    }

    @Test
    void rejectsBadPaging() {
        for (String query : List.of("page=-1", "page=abc", "size=1000", "sort=summary")) {
            given().get("/api/v1/testimonies?" + query).then().statusCode(400).contentType("application/problem+json");
        }
    }
}
