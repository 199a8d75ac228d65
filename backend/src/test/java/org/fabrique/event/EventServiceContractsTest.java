package org.fabrique.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.fabrique.common.error.DomainException;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventServiceContractsTest {
    @Inject
    EventService events;

    private EventView create(String title, String description, String startsAt) {
        return events.create(new EventInput(
                        null,
                        title,
                        EventKind.CONFERENCE,
                        description,
                        OffsetDateTime.parse(startsAt),
                        OffsetDateTime.parse(startsAt).plusHours(2),
                        "Europe/Paris",
                        EventFormat.IN_PERSON,
                        "Lille",
                        10,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new SessionInput(null, "Atelier", SessionKind.WORKSHOP, null, null, null, null, null)),
                        true))
                .view();
    }

    @Test
    void searchPutsTitleMatchesFirstThenLatest_andCountsAllMatches() {
        String word = "zx" + TestData.unique("k").replace("-", "");
        EventView inText = create("Rencontre " + TestData.unique("a"), "On parle de " + word, "2024-01-01T10:00:00Z");
        EventView oldTitle = create("Ancien " + word, null, "2019-01-01T10:00:00Z");
        EventView newTitle = create("Nouveau " + word, null, "2023-01-01T10:00:00Z");

        JsonPath found = search(word, 10);
        assertEquals(3, found.getLong("counts.event"));
        assertEquals(List.of(newTitle.slug(), oldTitle.slug(), inText.slug()), found.getList("items.slug"));
        assertTrue(found.getBoolean("items[0].titleMatch"));
        assertFalse(found.getBoolean("items[2].titleMatch"));
        assertEquals("event", found.getString("items[0].type"));

        JsonPath limited = search(word, 1);
        assertEquals(1, limited.getList("items").size());
        assertEquals(3, limited.getLong("counts.event"));
    }

    private static JsonPath search(String word, int size) {
        return given().queryParam("q", word)
                .queryParam("type", "event")
                .queryParam("size", size)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void refsIdsAndSessionsResolve() {
        EventView a = create("Refs " + TestData.unique("r"), null, "2020-04-21T07:30:00Z");
        EventView b = create("Refs " + TestData.unique("r"), null, "2020-04-21T07:30:00Z");
        long idA = events.idOf(a.slug()).orElseThrow();
        long idB = events.idOf(b.slug()).orElseThrow();
        assertTrue(events.idOf(TestData.unique("none")).isEmpty());

        EventRef ref = events.refs(List.of(idA)).get(idA);
        assertEquals(a.slug(), ref.slug());
        assertEquals(OffsetDateTime.parse("2020-04-21T09:30:00+02:00"), ref.startsAt());
        assertEquals("+02:00", ref.startsAt().getOffset().getId());

        assertEquals(idA, events.idsBySlug(List.of(a.slug()), "event").get(a.slug()));
        DomainException unknown =
                assertThrows(DomainException.class, () -> events.idsBySlug(List.of(TestData.unique("x")), "event"));
        assertEquals("event", unknown.errors().get(0).field());

        long sessionA = a.agenda().get(0).id();
        assertEquals(sessionA, events.sessionIdOf(idA, sessionA).orElseThrow());
        assertTrue(events.sessionIdOf(idB, sessionA).isEmpty());
        assertEquals(
                "Atelier", events.sessionRefs(List.of(sessionA)).get(sessionA).title());
        assertTrue(events.count() >= 2);
    }
}
