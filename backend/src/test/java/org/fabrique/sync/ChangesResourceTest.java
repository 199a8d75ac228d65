package org.fabrique.sync;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
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
class ChangesResourceTest {
    @Inject
    ActorService actors;

    @Inject
    NoteService notes;

    @Inject
    ChangesService changes;

    @Inject
    EntityManager em;

    private static String head() {
        return given().get("/api/v1/changes/head")
                .then()
                .statusCode(200)
                .body("cursor", notNullValue())
                .extract()
                .path("cursor");
    }

    private static JsonPath changesAfter(String cursor, int limit) {
        return given().queryParam("after", cursor)
                .queryParam("limit", limit)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The changes after {@code cursor} that concern the given resource, following every page. */
    private static List<Map<String, Object>> changesOf(String cursor, String type, String slug) {
        JsonPath page = changesAfter(cursor, 1000);
        List<Map<String, Object>> items = page.getList("items");
        return items.stream()
                .filter(i -> type.equals(i.get("type")) && slug.equals(i.get("slug")))
                .toList();
    }

    private static ChangeCursor cursor(String value) {
        return ChangeCursor.parse("after", value);
    }

    private ActorInput actor(String slug, String name) {
        return new ActorInput(slug, name, ActorKind.ASSOCIATION, "Description", null, null, null, List.of(), null);
    }

    private NoteInput note(String slug, String title, NoteStatus status) {
        return new NoteInput(slug, title, "Texte", null, null, null, null, null, null, status, null, null);
    }

    @Test
    void listsCreationUpdateAndDeletionInCommitOrder_withHrefsAndIncreasingCursors() {
        String start = head();
        String slug = TestData.unique("sync-actor");
        actors.create(actor(slug, "Acteur " + slug));
        long id = actors.idOf(slug).orElseThrow();
        actors.update(slug, actor(slug, "Acteur renommé " + slug), null);
        actors.delete(slug);

        List<Map<String, Object>> mine = changesOf(start, "actor", slug);
        assertThat(mine.stream().map(i -> i.get("action")).toList(), contains("created", "updated", "deleted"));
        assertThat(((Number) mine.get(0).get("id")).longValue(), equalTo(id));
        assertThat(mine.get(0).get("href"), equalTo("/api/v1/actors/" + slug));
        assertThat(mine.get(2).get("href"), nullValue());
        assertThat(mine.get(0).get("changedAt"), notNullValue());
        List<String> cursors = mine.stream().map(i -> (String) i.get("cursor")).toList();
        assertThat(cursor(cursors.get(1)).compareTo(cursor(cursors.get(0))), greaterThan(0));
        assertThat(cursor(cursors.get(2)).compareTo(cursor(cursors.get(1))), greaterThan(0));
    }

    @Test
    void aCursorIsStable_readingAfterItAgainGivesTheSameChanges() {
        String start = head();
        String slug = TestData.unique("sync-stable");
        actors.create(actor(slug, "Acteur " + slug));
        actors.update(slug, actor(slug, "Acteur 2 " + slug), null);
        List<Map<String, Object>> first = changesOf(start, "actor", slug);
        List<Map<String, Object>> again = changesOf(start, "actor", slug);
        assertThat(again, equalTo(first));
        // Resuming after the first change gives the second one only.
        List<Map<String, Object>> rest = changesOf((String) first.get(0).get("cursor"), "actor", slug);
        assertThat(rest, equalTo(first.subList(1, 2)));
    }

    @Test
    void aRenameCarriesThePreviousSlug() {
        String start = head();
        String slug = TestData.unique("sync-before");
        String renamed = TestData.unique("sync-after");
        actors.create(actor(slug, "Acteur " + slug));
        actors.update(slug, actor(renamed, "Acteur " + slug), null);
        List<Map<String, Object>> mine = changesOf(start, "actor", renamed);
        assertThat(mine, hasSize(1));
        assertThat(mine.get(0).get("action"), equalTo("updated"));
        assertThat(mine.get(0).get("previousSlug"), equalTo(slug));
        assertThat(mine.get(0).get("href"), equalTo("/api/v1/actors/" + renamed));
    }

    @Test
    void pagesByLimit_withHasMoreAndNextCursor_andAnEmptyReadGivesTheHead() {
        String start = head();
        for (int i = 0; i < 3; i++) {
            String slug = TestData.unique("sync-page");
            actors.create(actor(slug, "Acteur " + slug));
        }
        JsonPath first = changesAfter(start, 2);
        assertThat(first.getList("items"), hasSize(2));
        assertThat(first.getBoolean("hasMore"), equalTo(true));
        assertThat(first.getString("nextCursor"), equalTo(first.getString("items[1].cursor")));
        String cursor = first.getString("nextCursor");
        JsonPath page;
        do {
            page = changesAfter(cursor, 1000);
            cursor = page.getString("nextCursor");
        } while (page.getBoolean("hasMore"));
        JsonPath empty = changesAfter(cursor, 10);
        assertThat(empty.getList("items"), hasSize(0));
        assertThat(empty.getBoolean("hasMore"), equalTo(false));
        assertThat(empty.getString("nextCursor"), notNullValue());
    }

    @Test
    void aDraftNoteNeverShows_publishingCreatesItAndUnpublishingDeletesIt() {
        String start = head();
        String secret = "Brouillon secret " + TestData.unique("t");
        String draftSlug = TestData.unique("sync-draft");
        notes.create(note(draftSlug, secret, NoteStatus.DRAFT));
        notes.update(draftSlug, note(draftSlug, secret + " revu", NoteStatus.DRAFT), null);
        notes.delete(draftSlug);

        String slug = TestData.unique("sync-note");
        notes.create(note(slug, "Note " + slug, NoteStatus.DRAFT));
        notes.update(slug, note(slug, "Note publiée " + slug, NoteStatus.PUBLISHED), null);
        notes.update(slug, note(slug, "Note retirée " + slug, NoteStatus.DRAFT), null);
        notes.update(slug, note(slug, "Note retirée, revue " + slug, NoteStatus.DRAFT), null);

        String body = given().queryParam("after", start)
                .queryParam("limit", 1000)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body(not(containsString(draftSlug)))
                .body(not(containsString("secret")))
                .extract()
                .asString();
        assertThat(body, not(containsString(draftSlug)));
        List<Map<String, Object>> mine = changesOf(start, "note", slug);
        assertThat(mine.stream().map(i -> i.get("action")).toList(), contains("created", "deleted"));
        assertThat(mine.get(0).get("href"), equalTo("/api/v1/notes/" + slug));
    }

    @Test
    void aBadCursorIs400ProblemNamingIt() {
        for (String bad : List.of("abc!", "bm90LWEtY3Vyc29y", "")) {
            given().queryParam("after", bad)
                    .get("/api/v1/changes")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("after"));
        }
        String future = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("999999999999.1".getBytes(StandardCharsets.US_ASCII));
        given().queryParam("after", future)
                .get("/api/v1/changes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("after"));
        given().queryParam("after", head())
                .queryParam("limit", 1001)
                .get("/api/v1/changes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void aCursorOlderThanTheRetentionIs410Gone() {
        String before = head();
        String slug = TestData.unique("sync-old");
        actors.create(actor(slug, "Acteur " + slug));
        long id = actors.idOf(slug).orElseThrow();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update change_log set changed_at = :old"
                                + " where entity = 'actor' and entity_id = :id")
                        .setParameter("old", OffsetDateTime.now(ZoneOffset.UTC).minusDays(40))
                        .setParameter("id", id)
                        .executeUpdate());
        assertThat(changes.purgeBefore(OffsetDateTime.now(ZoneOffset.UTC).minusDays(30)), greaterThan(0));
        given().queryParam("after", before)
                .get("/api/v1/changes")
                .then()
                .statusCode(410)
                .contentType("application/problem+json");
        // A new head still works.
        changesAfter(head(), 10);
    }
}
