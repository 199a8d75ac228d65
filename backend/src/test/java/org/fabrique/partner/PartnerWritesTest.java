package org.fabrique.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.support.Keycloak;
import org.fabrique.support.Partners;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Partner platforms write for their actor, with real client-credentials tokens: the shared
 * resources its actor publishes (experience reports included), the local initiatives its actor
 * carries and the events its actor organises; nothing of other actors and nothing else.
 */
@QuarkusTest
class PartnerWritesTest {
    private static final String PARTNER = Keycloak.PARTNER;
    private static final String OTHER = Keycloak.OTHER_PARTNER;
    private static final String MEL = "metropole-europeenne-de-lille";

    private String ownActor;
    private String otherActor;

    @BeforeEach
    void partners() {
        Keycloak.requireRunning();
        ownActor = actor();
        otherActor = actor();
        Partners.link(PARTNER, ownActor);
        Partners.link(OTHER, otherActor);
    }

    @Test
    void partnerPublishesAnExperienceReportForItsActor_editsAndDeletesIt() {
        Map<String, Object> report = resource("Retour d'expérience " + TestData.unique("rex"));
        Response created = as(PARTNER).body(report).post("/api/v1/resources");
        created.then()
                .statusCode(201)
                .body("kind", equalTo("EXPERIENCE_REPORT"))
                .body("publisher.slug", equalTo(ownActor));
        String path = "/api/v1/resources/" + created.path("slug");

        report.put("title", "Retour d'expérience révisé");
        report.put("publisher", ownActor);
        as(PARTNER)
                .header("If-Match", created.header("ETag"))
                .body(report)
                .put(path)
                .then()
                .statusCode(200)
                .body("title", equalTo("Retour d'expérience révisé"))
                .body("publisher.slug", equalTo(ownActor));
        report.remove("publisher");
        as(PARTNER).body(report).put(path).then().statusCode(200).body("publisher.slug", equalTo(ownActor));

        as(PARTNER).delete(path).then().statusCode(204);
        given().get(path).then().statusCode(404);
    }

    @Test
    void partnerMayNotPublishForAnotherActor_norHandItsResourceOver() {
        Map<String, Object> report = resource("Report " + TestData.unique("rex"));
        report.put("publisher", otherActor);
        forbidden(as(PARTNER).body(report).post("/api/v1/resources"), "its own actor only");

        report.remove("publisher");
        String path = "/api/v1/resources/"
                + as(PARTNER)
                        .body(report)
                        .post("/api/v1/resources")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("slug");
        report.put("publisher", otherActor);
        forbidden(as(PARTNER).body(report).put(path), "its own actor only");
        given().get(path).then().body("publisher.slug", equalTo(ownActor));
    }

    @Test
    void anotherActorsItemsAre403BeforeTheBodyIsValidated() {
        String admin = Keycloak.token("admin");
        Map<String, Object> report = resource("Other's report " + TestData.unique("r"));
        report.put("publisher", otherActor);
        String resource = "/api/v1/resources/"
                + staff(admin).body(report).post("/api/v1/resources").path("slug");
        Map<String, Object> initiative = initiative("Other's initiative " + TestData.unique("i"));
        initiative.put("actor", otherActor);
        String initiativePath = "/api/v1/initiatives/"
                + staff(admin).body(initiative).post("/api/v1/initiatives").path("slug");
        Map<String, Object> event = event("Other's event " + TestData.unique("e"), List.of(otherActor));
        String eventPath = "/api/v1/events/"
                + staff(admin).body(event).post("/api/v1/events").path("slug");

        for (String path : List.of(resource, initiativePath, eventPath)) {
            forbidden(as(PARTNER).body("{}").put(path), "does not belong to the actor");
            forbidden(as(PARTNER).delete(path), "does not belong to the actor");
            given().get(path).then().statusCode(200);
        }
        // A resource without a publisher belongs to no partner.
        report.remove("publisher");
        report.put("title", "Unowned report " + TestData.unique("r"));
        String unowned = "/api/v1/resources/"
                + staff(admin).body(report).post("/api/v1/resources").path("slug");
        forbidden(as(PARTNER).body("{}").put(unowned), "does not belong to the actor");
    }

    @Test
    void partnerCarriesItsLocalInitiative() {
        Map<String, Object> initiative = initiative("Initiative " + TestData.unique("i"));
        Response created = as(PARTNER).body(initiative).post("/api/v1/initiatives");
        created.then().statusCode(201).body("actor.slug", equalTo(ownActor));
        String path = "/api/v1/initiatives/" + created.path("slug");
        initiative.put("description", "Edited by the partner");
        as(PARTNER)
                .body(initiative)
                .put(path)
                .then()
                .statusCode(200)
                .body("description", equalTo("Edited by the partner"));
        initiative.put("actor", otherActor);
        forbidden(as(PARTNER).body(initiative).put(path), "its own actor only");
        as(PARTNER).delete(path).then().statusCode(204);
    }

    @Test
    void partnerOrganisesEvents_deletesOnlyThoseItOrganisesAlone() {
        Response alone = as(PARTNER)
                .body(event("Partner event " + TestData.unique("e"), List.of()))
                .post("/api/v1/events");
        alone.then().log().ifValidationFails().statusCode(201).body("organisers.slug", equalTo(List.of(ownActor)));
        String path = "/api/v1/events/" + alone.path("slug");
        Map<String, Object> edited = event("Partner event, edited", List.of());
        as(PARTNER).body(edited).put(path).then().statusCode(200).body("organisers.slug", hasItem(ownActor));

        Response shared = as(PARTNER)
                .body(event("Co-organised " + TestData.unique("e"), List.of(otherActor)))
                .post("/api/v1/events");
        shared.then().statusCode(201).body("organisers.slug", hasItems(ownActor, otherActor));
        String sharedPath = "/api/v1/events/" + shared.path("slug");
        // Both organisers' partners edit it; neither deletes it while the other organises it too.
        as(OTHER)
                .body(event("Co-organised, edited", List.of(ownActor, otherActor)))
                .put(sharedPath)
                .then()
                .statusCode(200);
        forbidden(as(PARTNER).delete(sharedPath), "co-organise");
        forbidden(as(OTHER).delete(sharedPath), "co-organise");

        as(PARTNER).delete(path).then().statusCode(204);
    }

    @Test
    void twoPartnersAreIsolated() {
        String mine = "/api/v1/resources/"
                + as(PARTNER)
                        .body(resource("Mine " + TestData.unique("r")))
                        .post("/api/v1/resources")
                        .path("slug");
        String theirs = "/api/v1/resources/"
                + as(OTHER)
                        .body(resource("Theirs " + TestData.unique("r")))
                        .post("/api/v1/resources")
                        .path("slug");
        given().get(theirs).then().body("publisher.slug", equalTo(otherActor));

        forbidden(as(OTHER).body(resource("Taken over")).put(mine), "does not belong to the actor");
        forbidden(as(PARTNER).body(resource("Taken over")).put(theirs), "does not belong to the actor");
        forbidden(as(OTHER).delete(mine), "does not belong to the actor");
        as(OTHER).delete(theirs).then().statusCode(204);
    }

    @Test
    void aPartnerLinkedToNoActor_orToSeveral_writesNothing() {
        Partners.link(OTHER);
        for (String path : List.of("/api/v1/resources", "/api/v1/initiatives", "/api/v1/events")) {
            // Refused before validation: an empty body is 403 too, with the reason.
            forbidden(as(OTHER).body("{}").post(path), "linked to no actor");
        }
        forbidden(
                as(OTHER).body(resource("Unlinked " + TestData.unique("r"))).post("/api/v1/resources"),
                "linked to no actor");

        Partners.link(OTHER, ownActor, otherActor);
        forbidden(as(OTHER).body(resource("Ambiguous")).post("/api/v1/resources"), "linked to 2 actors");
        // Reads go on.
        given().auth()
                .oauth2(Keycloak.partnerToken(OTHER))
                .get("/api/v1/resources")
                .then()
                .statusCode(200);
    }

    @Test
    void partnerWritesNothingElse() {
        Map<String, String> writes = new HashMap<>();
        writes.put("/api/v1/coalitions", "{\"title\":\"Partner coalition\",\"stage\":\"EMERGING\"}");
        writes.put("/api/v1/notes", "{}");
        writes.put("/api/v1/people", "{}");
        writes.put("/api/v1/actors", "{\"name\":\"Partner actor\",\"kind\":\"ASSOCIATION\"}");
        writes.put("/api/v1/testimonies", "{}");
        writes.put("/api/v1/axes", "{}");
        writes.put("/api/v1/territories", "{}");
        writes.forEach((path, body) ->
                as(PARTNER).body(body).post(path).then().statusCode(403).contentType("application/problem+json"));
        as(PARTNER)
                .body("{}")
                .put("/api/v1/actors/" + ownActor)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void editorsKeepTheirRightsOnPartnersItems() {
        String path = "/api/v1/resources/"
                + as(PARTNER)
                        .body(resource("Partner's " + TestData.unique("r")))
                        .post("/api/v1/resources")
                        .path("slug");
        Map<String, Object> edited = resource("Edited by an editor");
        edited.put("publisher", ownActor);
        staff(Keycloak.token("editor")).body(edited).put(path).then().statusCode(200);
        staff(Keycloak.token("territory-manager")).delete(path).then().statusCode(204);
    }

    private static void forbidden(Response response, String detail) {
        response.then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", containsString(detail));
    }

    private static RequestSpecification as(String client) {
        return given().auth().oauth2(Keycloak.partnerToken(client)).contentType("application/json");
    }

    private static RequestSpecification staff(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    private static String actor() {
        return given().auth()
                .oauth2(Keycloak.token("admin"))
                .contentType("application/json")
                .body(Map.of("name", "Partner actor " + TestData.unique("a"), "kind", "ASSOCIATION"))
                .post("/api/v1/actors")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
    }

    private static Map<String, Object> resource(String title) {
        Map<String, Object> r = new HashMap<>();
        r.put("title", title);
        r.put("kind", "EXPERIENCE_REPORT");
        r.put("availability", "AVAILABLE");
        r.put("territory", MEL);
        return r;
    }

    private static Map<String, Object> initiative(String title) {
        Map<String, Object> i = new HashMap<>();
        i.put("title", title);
        i.put("territory", MEL);
        return i;
    }

    private static Map<String, Object> event(String title, List<String> organisers) {
        Map<String, Object> e = new HashMap<>();
        e.put("title", title);
        e.put("kind", "WORKSHOP");
        e.put("startsAt", "2027-03-10T09:00:00+01:00");
        e.put("endsAt", "2027-03-10T12:00:00+01:00");
        e.put("timeZone", "Europe/Paris");
        e.put("format", "ONLINE");
        e.put("organisers", organisers);
        return e;
    }
}
