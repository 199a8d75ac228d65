package org.fabrique.sync;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.fabrique.actor.ActorInput;
import org.fabrique.actor.ActorKind;
import org.fabrique.actor.ActorService;
import org.fabrique.note.NoteInput;
import org.fabrique.note.NoteService;
import org.fabrique.note.NoteStatus;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UpdatedSinceListsTest {
    private static final String LONG_AGO = "2000-01-01T00:00:00Z";
    private static final List<String> LISTS = List.of(
            "/api/v1/coalitions",
            "/api/v1/actors",
            "/api/v1/people",
            "/api/v1/events",
            "/api/v1/notes",
            "/api/v1/testimonies",
            "/api/v1/resources",
            "/api/v1/initiatives",
            "/api/v1/territories/list",
            "/api/v1/territories/metropole-europeenne-de-lille/coalitions",
            "/api/v1/territories/metropole-europeenne-de-lille/resources",
            "/api/v1/territories/metropole-europeenne-de-lille/initiatives",
            "/api/v1/coalitions/formations-superieures-numeriques-ethiques/territories");

    @Inject
    ActorService actors;

    @Inject
    NoteService notes;

    private ActorInput actor(String slug, String name) {
        return new ActorInput(slug, name, ActorKind.ASSOCIATION, "Description", null, null, null, List.of(), null);
    }

    private static String key(Map<String, Object> item) {
        Object slug = item.get("slug");
        if (slug != null) {
            return slug.toString();
        }
        Object id = item.get("id");
        return id != null ? id.toString() : item.toString();
    }

    /** Every item of the list read with updatedSince, following nextCursor with pages of {@code size}. */
    private static List<String> follow(String path, String since, int size) {
        List<String> keys = new ArrayList<>();
        String cursor = null;
        for (int guard = 0; guard < 1000; guard++) {
            var request = given().queryParam("updatedSince", since).queryParam("size", size);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.forEach(item -> keys.add(key(item)));
            cursor = page.getString("nextCursor");
            if (cursor == null) {
                return keys;
            }
            assertThat(items, hasSize(size));
        }
        throw new AssertionError("no end to " + path);
    }

    @Test
    void followingTheCursorFromLongAgoGivesEveryItemOnce_onEveryList() {
        for (String path : LISTS) {
            long total = given().queryParam("size", 100)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getLong("totalItems");
            List<String> keys = follow(path, LONG_AGO, 2);
            assertThat(path, (long) keys.size(), equalTo(total));
            assertThat(path, (long) new HashSet<>(keys).size(), equalTo(total));
        }
        assertThat(follow("/api/v1/coalitions", LONG_AGO, 2).size(), greaterThan(2));
    }

    @Test
    void listsTheItemsUpdatedSince_inUpdateOrder_andAnUpdateMovesAnItemToTheEnd() {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).toString();
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String slug = TestData.unique("since-actor");
            actors.create(actor(slug, "Acteur " + slug));
            slugs.add(slug);
        }
        List<String> mine = follow("/api/v1/actors", since, 2).stream()
                .filter(slugs::contains)
                .toList();
        assertThat(mine, equalTo(slugs));

        JsonPath first = given().queryParam("updatedSince", since)
                .queryParam("size", 1)
                .get("/api/v1/actors")
                .then()
                .statusCode(200)
                .body("nextCursor", notNullValue())
                .extract()
                .jsonPath();
        actors.update(slugs.get(0), actor(slugs.get(0), "Acteur modifié"), null);
        List<String> after = follow("/api/v1/actors", since, 2).stream()
                .filter(slugs::contains)
                .toList();
        assertThat(after, contains(slugs.get(1), slugs.get(2), slugs.get(0)));
        // A cursor handed out before the update still works: it resumes after its position.
        String cursor = first.getString("nextCursor");
        List<Map<String, Object>> rest = given().queryParam("cursor", cursor)
                .queryParam("size", 100)
                .get("/api/v1/actors")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertThat(
                rest.stream()
                        .map(UpdatedSinceListsTest::key)
                        .filter(slugs::contains)
                        .toList(),
                not(empty()));
    }

    @Test
    void aDraftNoteIsNotListedSinceAnInstant() {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).toString();
        String draft = TestData.unique("since-draft");
        notes.create(new NoteInput(
                draft,
                "Brouillon " + draft,
                "Texte",
                null,
                null,
                null,
                null,
                null,
                null,
                NoteStatus.DRAFT,
                null,
                null));
        assertThat(follow("/api/v1/notes", since, 100), not(contains(draft)));
        assertThat(follow("/api/v1/notes", since, 100).contains(draft), equalTo(false));
    }

    @Test
    void axesAndTheTerritoryTreeTakeUpdatedSince() {
        List<Object> all = given().get("/api/v1/axes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        given().queryParam("updatedSince", LONG_AGO)
                .get("/api/v1/axes")
                .then()
                .statusCode(200)
                .body("$", hasSize(all.size()));
        given().queryParam("updatedSince", "2999-01-01T00:00:00Z")
                .get("/api/v1/axes")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        given().queryParam("updatedSince", "2999-01-01T00:00:00Z")
                .get("/api/v1/territories")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        given().queryParam("updatedSince", LONG_AGO)
                .get("/api/v1/territories")
                .then()
                .statusCode(200)
                .body("$.size()", greaterThan(0));
    }

    @Test
    void aBadUpdatedSinceOrCursorIs400ProblemNamingIt() {
        for (String path : List.of("/api/v1/actors", "/api/v1/coalitions", "/api/v1/axes", "/api/v1/territories")) {
            given().queryParam("updatedSince", "hier")
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("updatedSince"));
        }
        given().queryParam("updatedSince", "2026-12-01")
                .get("/api/v1/notes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("updatedSince"));
        given().queryParam("cursor", "pas-un-curseur!")
                .get("/api/v1/events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
        given().get("/api/v1/actors").then().statusCode(200).body("nextCursor", nullValue());
    }
}
