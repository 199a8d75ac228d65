package org.fabrique.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventResourceTest {
    @Inject
    EntityManagerFactory emf;

    static Map<String, Object> event(String title, String startsAt, String endsAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", TestData.unique("event"));
        body.put("title", title);
        body.put("kind", "RESET_DAY");
        body.put("startsAt", startsAt);
        body.put("endsAt", endsAt);
        body.put("timeZone", "Europe/Paris");
        body.put("format", "ONLINE");
        body.put("location", "En ligne");
        body.put("participantsCount", 250);
        return body;
    }

    static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void createsEventWithAgenda_whenEditor_andRendersTimesInItsTimeZone() {
        String organiser = Fixtures.actor("Latitudes");
        String coalition = Fixtures.coalition("Formations éthiques");
        String territory = Fixtures.territory("Hauts-de-France", null);
        String speakerB = Fixtures.person("Zoé Martin", organiser);
        String speakerA = Fixtures.person("Augustin Courtier", null);
        Map<String, Object> body = event("Reset Day #4", "2020-04-21T07:30:00Z", "2020-04-21T15:00:00Z");
        body.put("organisers", List.of(organiser));
        body.put("coalitions", List.of(coalition));
        body.put("territories", List.of(territory));
        body.put(
                "sessions",
                List.of(
                        Map.of(
                                "title",
                                "Plénière d'ouverture",
                                "kind",
                                "PLENARY",
                                "startsAt",
                                "2020-04-21T07:30:00Z",
                                "endsAt",
                                "2020-04-21T08:30:00Z",
                                "speakers",
                                List.of(speakerB, speakerA)),
                        Map.of("title", "Témoignages", "kind", "TESTIMONY", "coalition", coalition)));
        String slug = (String) body.get("slug");

        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/events/" + slug))
                .header("ETag", notNullValue())
                .body("startsAt", equalTo("2020-04-21T09:30:00+02:00"))
                .body("endsAt", equalTo("2020-04-21T17:00:00+02:00"))
                .body("timeZone", equalTo("Europe/Paris"));

        given().get("/api/v1/events/" + slug)
                .then()
                .statusCode(200)
                .body("title", equalTo("Reset Day #4"))
                .body("participantsCount", equalTo(250))
                .body("organisers.slug", contains(organiser))
                .body("coalitions.slug", contains(coalition))
                .body("territories.slug", contains(territory))
                .body("agenda.title", contains("Plénière d'ouverture", "Témoignages"))
                .body("agenda[0].kind", equalTo("PLENARY"))
                .body("agenda[0].id", notNullValue())
                .body("agenda[0].startsAt", equalTo("2020-04-21T09:30:00+02:00"))
                .body("agenda[0].speakers.fullName", contains("Augustin Courtier", "Zoé Martin"))
                .body("agenda[0].speakers[1].actor.slug", equalTo(organiser))
                .body("agenda[1].coalition.slug", equalTo(coalition))
                .body("agenda[1].speakers", empty());
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void rendersWinterAndOtherZonesWithTheirOwnOffsets() {
        Map<String, Object> paris = event("Hiver", "2021-01-15T08:00:00Z", "2021-01-15T10:00:00Z");
        String parisSlug = create(paris);
        given().get("/api/v1/events/" + parisSlug).then().body("startsAt", equalTo("2021-01-15T09:00:00+01:00"));

        Map<String, Object> montreal = event("Montréal", "2021-06-01T14:00:00+02:00", "2021-06-01T16:00:00+02:00");
        montreal.put("timeZone", "America/Montreal");
        String montrealSlug = create(montreal);
        given().get("/api/v1/events/" + montrealSlug)
                .then()
                .body("startsAt", equalTo("2021-06-01T08:00:00-04:00"))
                .body("endsAt", equalTo("2021-06-01T10:00:00-04:00"));
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void getAnswers304WhenUnchanged_and404ProblemWhenUnknown() {
        String slug = create(event("Etag", "2020-01-01T10:00:00Z", "2020-01-01T12:00:00Z"));
        String etag = given().get("/api/v1/events/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .get("/api/v1/events/" + slug)
                .then()
                .statusCode(304);
        given().get("/api/v1/events/" + TestData.unique("nope"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void updatesEventKeepingSessionIds_rejectsStaleIfMatch_andDeletes_whenAdmin() {
        Map<String, Object> body = event("Before", "2020-04-21T07:30:00Z", "2020-04-21T15:00:00Z");
        body.put("sessions", List.of(Map.of("title", "Session A", "kind", "WORKSHOP")));
        String slug = create(body);
        var read = given().get("/api/v1/events/" + slug).then().extract();
        String etag = read.header("ETag");
        Integer sessionId = read.path("agenda[0].id");

        body.put("title", "After");
        body.put(
                "sessions",
                List.of(
                        Map.of("title", "New first", "kind", "PLENARY"),
                        Map.of("id", sessionId, "title", "Session A renamed", "kind", "WORKSHOP")));
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(body)
                .put("/api/v1/events/" + slug)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("title", equalTo("After"))
                .body("agenda.title", contains("New first", "Session A renamed"))
                .body("agenda[1].id", equalTo(sessionId));

        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(body)
                .put("/api/v1/events/" + slug)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");

        given().delete("/api/v1/events/" + slug).then().statusCode(204);
        given().get("/api/v1/events/" + slug).then().statusCode(404);
        given().delete("/api/v1/events/" + slug).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "root", roles = "admin")
    void rejectsSessionIdOfAnotherEvent() {
        Map<String, Object> other = event("Other", "2020-04-21T07:30:00Z", "2020-04-21T15:00:00Z");
        other.put("sessions", List.of(Map.of("title", "Theirs", "kind", "WORKSHOP")));
        Integer foreignId =
                given().get("/api/v1/events/" + create(other)).then().extract().path("agenda[0].id");
        Map<String, Object> body = event("Mine", "2020-04-21T07:30:00Z", "2020-04-21T15:00:00Z");
        String slug = create(body);
        body.put("sessions", List.of(Map.of("id", foreignId, "title", "Stolen", "kind", "WORKSHOP")));
        given().contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/events/" + slug)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sessions[0].id"));
    }

    @Test
    void writesNeedAuthentication() {
        given().contentType(ContentType.JSON)
                .body(event("Anon", "2020-01-01T10:00:00Z", "2020-01-01T12:00:00Z"))
                .post("/api/v1/events")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().delete("/api/v1/events/whatever").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "coord", roles = "coordinator")
    void writesAreForbiddenToCoordinator() {
        given().contentType(ContentType.JSON)
                .body(event("Coord", "2020-01-01T10:00:00Z", "2020-01-01T12:00:00Z"))
                .post("/api/v1/events")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(event("Coord", "2020-01-01T10:00:00Z", "2020-01-01T12:00:00Z"))
                .put("/api/v1/events/whatever")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void validationErrorsNameEachField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("slug", "Bad Slug", "participantsCount", -1))
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("slug"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("startsAt"))
                .body("errors.field", hasItem("timeZone"))
                .body("errors.field", hasItem("participantsCount"));

        Map<String, Object> reversed = event("Reversed", "2020-01-02T10:00:00Z", "2020-01-01T12:00:00Z");
        given().contentType(ContentType.JSON)
                .body(reversed)
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors.field", contains("endsAt"));

        Map<String, Object> badZone = event("Zone", "2020-01-01T10:00:00Z", "2020-01-01T12:00:00Z");
        badZone.put("timeZone", "Mars/Olympus");
        given().contentType(ContentType.JSON)
                .body(badZone)
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors.field", contains("timeZone"));

        Map<String, Object> unknownRefs = event("Refs", "2020-01-01T10:00:00Z", "2020-01-01T12:00:00Z");
        unknownRefs.put("organisers", List.of(TestData.unique("ghost")));
        given().contentType(ContentType.JSON)
                .body(unknownRefs)
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors.field", contains("organisers"));

        Map<String, Object> unknownSpeaker = event("Speaker", "2020-01-01T10:00:00Z", "2020-01-01T12:00:00Z");
        unknownSpeaker.put(
                "sessions",
                List.of(Map.of("title", "S", "kind", "PLENARY", "speakers", List.of(TestData.unique("ghost")))));
        given().contentType(ContentType.JSON)
                .body(unknownSpeaker)
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors.field", contains("sessions[0].speakers"));

        Map<String, Object> unknownCoalition = event("Coal", "2020-01-01T10:00:00Z", "2020-01-01T12:00:00Z");
        unknownCoalition.put("coalitions", List.of(TestData.unique("ghost")));
        given().contentType(ContentType.JSON)
                .body(unknownCoalition)
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .body("errors.field", contains("coalitions"));

        Map<String, Object> badKind = event("Kind", "2020-01-01T10:00:00Z", "2020-01-01T12:00:00Z");
        badKind.put("kind", "PICNIC");
        given().contentType(ContentType.JSON)
                .body(badKind)
                .post("/api/v1/events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("kind"));
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void duplicateSlugIs409() {
        Map<String, Object> body = event("Twice", "2020-01-01T10:00:00Z", "2020-01-01T12:00:00Z");
        create(body);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/events")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void filtersByDateRangeWhenKindCoalitionTerritoryAndText() {
        String coalition = Fixtures.coalition("Communs numériques");
        String region = Fixtures.territory("Région", null);
        String metropolis = Fixtures.territory("Métropole", region);
        String word = "zq" + TestData.unique("w").replace("-", "");

        Map<String, Object> old = event("Ancienne rencontre", "2019-03-01T09:00:00Z", "2019-03-01T17:00:00Z");
        old.put("coalitions", List.of(coalition));
        old.put("kind", "WORKSHOP");
        String oldSlug = create(old);

        Map<String, Object> spanning = event("Rencontre " + word, "2020-04-20T09:00:00Z", "2020-04-22T17:00:00Z");
        spanning.put("coalitions", List.of(coalition));
        spanning.put("territories", List.of(metropolis));
        String spanningSlug = create(spanning);

        Map<String, Object> future = event("Future rencontre", "2099-05-01T09:00:00Z", "2099-05-01T17:00:00Z");
        future.put("coalitions", List.of(coalition));
        String futureSlug = create(future);

        String base = "/api/v1/events?coalition=" + coalition;
        given().get(base)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.slug", contains(futureSlug, spanningSlug, oldSlug));
        given().get(base + "&sort=startsAt").then().body("items.slug", contains(oldSlug, spanningSlug, futureSlug));
        // Overlap: an event spanning 20-22 April matches a range on the 21st only.
        given().get(base + "&from=2020-04-21&to=2020-04-21")
                .then()
                .body("items.slug", contains(spanningSlug))
                .body("items[0].startsAt", equalTo("2020-04-20T11:00:00+02:00"));
        given().queryParam("from", "2020-04-21T00:00:00+02:00")
                .get(base)
                .then()
                .body("items.slug", contains(futureSlug, spanningSlug));
        given().get(base + "&to=2019-12-31").then().body("items.slug", contains(oldSlug));
        given().get(base + "&when=upcoming").then().body("items.slug", contains(futureSlug));
        given().get(base + "&when=past").then().body("items.slug", contains(spanningSlug, oldSlug));
        given().get(base + "&kind=workshop").then().body("items.slug", contains(oldSlug));
        given().get("/api/v1/events?territory=" + region).then().body("items.slug", contains(spanningSlug));
        given().get("/api/v1/events?q=" + word).then().body("items.slug", contains(spanningSlug));
        given().get("/api/v1/events?coalition=" + TestData.unique("none"))
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        given().get(base + "&size=2&page=1")
                .then()
                .body("items.slug", contains(oldSlug))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("totalPages", equalTo(2));
    }

    @Test
    void rejectsBadPagingAndFilterValues() {
        for (String query : List.of(
                "page=-1",
                "page=abc",
                "size=1000",
                "size=0",
                "sort=location",
                "from=yesterday",
                "when=soon",
                "kind=picnic")) {
            given().get("/api/v1/events?" + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors", notNullValue());
        }
    }

    @Test
    @TestSecurity(user = "ed", roles = "editor")
    void listStatementCountDoesNotGrowWithPageSize() {
        String coalition = Fixtures.coalition("Volume");
        for (int i = 0; i < 12; i++) {
            Map<String, Object> body = event(
                    "Volume " + i, "2020-0" + (1 + i % 9) + "-01T10:00:00Z", "2020-0" + (1 + i % 9) + "-01T12:00:00Z");
            body.put("coalitions", List.of(coalition));
            body.put("sessions", List.of(Map.of("title", "S" + i, "kind", "PLENARY")));
            create(body);
        }
        // Once, so that both measures find the caches filled (the total of a full page is counted once).
        given().get("/api/v1/events?size=5&coalition=" + coalition).then().statusCode(200);
        long small = SqlStatements.count(
                emf,
                () -> given().get("/api/v1/events?size=5&coalition=" + coalition)
                        .then()
                        .statusCode(200)
                        .body("items.size()", equalTo(5)));
        long large = SqlStatements.count(
                emf,
                () -> given().get("/api/v1/events?size=50&coalition=" + coalition)
                        .then()
                        .statusCode(200)
                        .body("items.size()", equalTo(12)));
        assertNotEquals(0, small);
        assertEquals(small, large);
    }
}
