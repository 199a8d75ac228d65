package org.fabrique.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.fabrique.actor.ActorInput;
import org.fabrique.actor.ActorKind;
import org.fabrique.actor.ActorService;
import org.fabrique.note.NoteInput;
import org.fabrique.note.NoteService;
import org.fabrique.note.NoteStatus;
import org.junit.jupiter.api.Test;

/**
 * The in-memory index behind GET /api/v1/search: the semantics of the SQL search it replaced, and
 * freshness (a write shows in the next search; a write made behind the application's back, as
 * another instance would, shows within seconds through the database stamps).
 */
@QuarkusTest
class SearchIndexTest {
    @Inject
    NoteService notes;

    @Inject
    ActorService actors;

    @Inject
    EntityManager em;

    /** A word no other test uses: letters and digits only, so it folds to itself. */
    private static String marker() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private String note(String title, String body, NoteStatus status) {
        return notes.create(new NoteInput(null, title, body, null, null, null, null, null, null, status, null, null))
                .slug();
    }

    private static JsonPath search(String q) {
        return given().queryParam("q", q)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<String> slugs(String q) {
        return search(q).getList("items.slug");
    }

    @Test
    void ignoresCaseAndAccents_andMatchesInsideWords() {
        String m = marker();
        String slug = note("Chartes ÉTHIQUES " + m, "Texte", NoteStatus.PUBLISHED);
        assertEquals(List.of(slug), slugs("ethique " + m));
        assertEquals(List.of(slug), slugs("Éthique " + m.toUpperCase()));
        // "thiq" and the middle of the marker are substrings of words, as LIKE '%term%' was.
        assertEquals(List.of(slug), slugs("thiq " + m.substring(3, 9)));
        assertEquals(List.of(), slugs("ethiquez " + m));
    }

    @Test
    void everyTermMustMatch_andTitleHitsComeFirstAcrossTypes() {
        String m = marker();
        String both = note("Compte rendu", "Sobriété et " + m + " au menu", NoteStatus.PUBLISHED);
        note("Autre compte rendu", "Seulement " + m, NoteStatus.PUBLISHED);
        String actor = actors.create(new ActorInput(
                        null, "Collectif sobriété " + m, ActorKind.ASSOCIATION, "Un collectif", null, null, null, null))
                .slug();

        JsonPath found = search("sobriete " + m);
        // The actor holds both words in its name: first, although actors come after notes.
        assertEquals(List.of(actor, both), found.getList("items.slug"));
        assertEquals(List.of(true, false), found.getList("items.titleMatch"));
        assertEquals(2, found.getInt("totalItems"));
        assertEquals(1, found.getInt("counts.note"));
        assertEquals(1, found.getInt("counts.actor"));
        assertEquals(0, found.getInt("counts.coalition"));
        assertEquals(0, found.getInt("counts.event"));

        assertEquals(3, search(m).getInt("totalItems"));
    }

    @Test
    void countsEveryMatch_andPagesThroughThem() {
        String m = marker();
        for (int i = 0; i < 25; i++) {
            note("Page " + i, "Texte " + m, NoteStatus.PUBLISHED);
        }
        JsonPath first = search(m);
        assertEquals(25, first.getInt("totalItems"));
        assertEquals(2, first.getInt("totalPages"));
        assertEquals(20, first.getList("items").size());
        List<String> second = given().queryParam("q", m)
                .queryParam("page", 1)
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.slug");
        assertEquals(5, second.size());
        assertTrue(second.stream().noneMatch(first.getList("items.slug")::contains));
    }

    @Test
    void draftNotesStayInvisibleUntilPublished() {
        String m = marker();
        String slug = note("Brouillon " + m, "Texte", NoteStatus.DRAFT);
        assertEquals(0, search(m).getInt("totalItems"));

        notes.update(slug, input("Brouillon " + m, NoteStatus.PUBLISHED), null);
        assertEquals(List.of(slug), slugs(m));

        notes.update(slug, input("Brouillon " + m, NoteStatus.DRAFT), null);
        assertEquals(0, search(m).getInt("counts.note"));
    }

    private static NoteInput input(String title, NoteStatus status) {
        return new NoteInput(null, title, "Texte", null, null, null, null, null, null, status, null, null);
    }

    @Test
    void createsUpdatesAndDeletesShowInTheNextSearch() {
        String before = marker();
        String after = marker();
        String slug = actors.create(
                        new ActorInput(null, "Atelier " + before, ActorKind.ASSOCIATION, null, null, null, null, null))
                .slug();
        assertEquals(List.of(slug), slugs(before));

        actors.update(
                slug,
                new ActorInput(null, "Atelier " + after, ActorKind.ASSOCIATION, null, null, null, null, null),
                null);
        assertEquals(List.of(), slugs(before));
        assertEquals(List.of(slug), slugs(after));

        // Another write after it, so that deleting it leaves max(updated_at) as it is: only this
        // instance's record of its own commits tells the index at once.
        actors.create(new ActorInput(null, "Autre " + marker(), ActorKind.ASSOCIATION, null, null, null, null, null));
        assertEquals(List.of(slug), slugs(after));
        actors.delete(slug);
        JsonPath found = search(after);
        assertEquals(0, found.getInt("totalItems"));
        assertEquals(List.of(), found.getList("items"));
    }

    @Test
    void writesOfAnotherInstanceShowThroughTheDatabaseStamps() throws InterruptedException {
        String m = marker();
        String renamed = marker();
        String kept = note("Gardée " + m, "Texte", NoteStatus.PUBLISHED);
        String changed = note("Changée " + m, "Texte", NoteStatus.PUBLISHED);
        String deleted = note("Effacée " + m, "Texte", NoteStatus.PUBLISHED);
        assertEquals(3, search(m).getInt("totalItems"));

        // Plain SQL, as another instance would write: no local commit is counted here.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update note set search_text = search_text || ' " + renamed
                            + "', updated_at = current_timestamp where slug = :slug")
                    .setParameter("slug", changed)
                    .executeUpdate();
            em.createNativeQuery("delete from note where slug = :slug")
                    .setParameter("slug", deleted)
                    .executeUpdate();
        });

        // The update moves max(updated_at); the deletion shows at the next count check (1 s).
        awaitSearch(renamed, found -> found.getList("items.slug").equals(List.of(changed)));
        awaitSearch(m, found -> found.getInt("totalItems") == 2);
        List<String> left = slugs(m);
        assertTrue(left.contains(kept) && left.contains(changed), left.toString());
        assertFalse(left.contains(deleted));
    }

    private static void awaitSearch(String q, Predicate<JsonPath> condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        JsonPath found = search(q);
        while (!condition.test(found)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("search for " + q + " still answers " + found.prettify());
            }
            Thread.sleep(200);
            found = search(q);
        }
    }
}
