package org.fabrique.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The Reset Day 4 demo data is loaded into the empty test database and tells the source facts. */
@QuarkusTest
class DemoDataTest {
    @Inject
    DemoData demo;

    @Test
    void loadsOnlyIntoAnEmptyDatabase() {
        assertFalse(demo.loadIfEmpty(), "a second load must do nothing");
    }

    @Test
    void hasTheThreeAxesInOrder() {
        given().get("/api/v1/axes")
                .then()
                .statusCode(200)
                .body(
                        "slug",
                        hasItems("environnement", "democratie-ethique-libertes", "inclusion-capacitation-education"));
    }

    @Test
    void coalition3LivesInSeveralAxesWithItsCanvas() {
        given().get("/api/v1/coalitions/formations-superieures-numeriques-ethiques")
                .then()
                .statusCode(200)
                .body("number", equalTo(3))
                .body("title", startsWith("Pour des formations supérieures numériques"))
                .body("axes.slug", hasItems("inclusion-capacitation-education", "democratie-ethique-libertes"))
                .body("problems", hasSize(2))
                .body("impacts[0].measures", hasSize(1))
                .body("members.actor.slug", hasItems("latitudes", "museum-national-histoire-naturelle"));
    }

    @Test
    void digitalCommonsIsSplitIntoTwoSubCoalitions() {
        given().queryParam("parent", "communs-numeriques")
                .get("/api/v1/coalitions")
                .then()
                .statusCode(200)
                .body("items.slug", hasItems("communs-logiciels", "communs-de-la-connaissance"))
                .body("totalItems", equalTo(2));
    }

    @Test
    void melHasTerritorialCoalitionsAsPilotAndContributor() {
        given().get("/api/v1/territories/metropole-europeenne-de-lille/coalitions")
                .then()
                .statusCode(200)
                .body("items.positioning", hasItems("PILOT", "CONTRIBUTOR"));
    }

    @Test
    void resetDay4IsOnlineWithThirtyParticipantsAndItsAgenda() {
        given().get("/api/v1/events/reset-day-4")
                .then()
                .statusCode(200)
                .body("format", equalTo("ONLINE"))
                .body("participantsCount", equalTo(30))
                .body("startsAt", startsWith("2020-04-21T"))
                .body("agenda.kind", hasItems("PLENARY", "TESTIMONY", "WORKSHOP"))
                .body("agenda.speakers.flatten().fullName", hasItems("Augustin Courtier", "Joffrey Lavigne"));
        given().get("/api/v1/events/conference-reset-2019")
                .then()
                .statusCode(200)
                .body("startsAt", startsWith("2019-12-03T"));
    }

    @Test
    void theNoteOfTheDayIsPublishedAndRendered() {
        given().queryParam("event", "reset-day-4")
                .get("/api/v1/notes")
                .then()
                .statusCode(200)
                .body("items.slug", hasItem("notes-du-reset-day-4"));
        given().get("/api/v1/notes/notes-du-reset-day-4")
                .then()
                .statusCode(200)
                .body("bodyHtml", containsString("<strong>Reset Day 4</strong>"))
                .body("bodyHtml", not(containsString("<script")));
    }

    @Test
    void testimoniesConcernCoalition3() {
        given().queryParam("coalition", "formations-superieures-numeriques-ethiques")
                .get("/api/v1/testimonies")
                .then()
                .statusCode(200)
                .body("items.person.fullName", hasItems("Augustin Courtier", "Joffrey Lavigne"));
    }

    @Test
    void theBankBookletIsAPlannedResource() {
        given().get("/api/v1/resources/reset-pour-les-territoires")
                .then()
                .statusCode(200)
                .body("availability", equalTo("PLANNED"))
                .body("publisher.slug", equalTo("banque-des-territoires"));
    }
}
