package org.fabrique.note;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NoteServiceContractsTest {
    @Inject
    NoteService notes;

    private String create(String title, String body, NoteStatus status) {
        return notes.create(new NoteInput(null, title, body, null, null, null, null, null, null, status, null, null))
                .view()
                .slug();
    }

    @Test
    void searchFindsPublishedNotesOnly_titleMatchesFirst() {
        String word = "zn" + TestData.unique("k").replace("-", "");
        long publishedBefore = notes.countPublished();
        String inBody =
                create("Compte rendu " + TestData.unique("a"), "Il y est question de " + word, NoteStatus.PUBLISHED);
        String inTitle = create("Note " + word + " " + TestData.unique("b"), "Texte", NoteStatus.PUBLISHED);
        create("Brouillon " + word + " " + TestData.unique("c"), "Texte", NoteStatus.DRAFT);

        JsonPath found = given().queryParam("q", word)
                .queryParam("type", "note")
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(2, found.getLong("counts.note"));
        assertEquals(List.of(inTitle, inBody), found.getList("items.slug"));
        assertTrue(found.getBoolean("items[0].titleMatch"));
        assertEquals("note", found.getString("items[0].type"));
        assertEquals(publishedBefore + 2, notes.countPublished());
        assertTrue(notes.publishedIdOf(inBody).isPresent());
    }
}
