package org.fabrique.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.fabrique.common.search.SearchSlice;
import org.fabrique.support.TestData;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NoteServiceContractsTest {
    @Inject
    NoteService notes;

    private String create(String title, String body, NoteStatus status) {
        return notes.create(new NoteInput(null, title, body, null, null, null, null, null, null, status, null, null))
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

        SearchSlice slice = notes.search(List.of(word), 10);
        assertEquals(2, slice.total());
        assertEquals(
                List.of(inTitle, inBody),
                slice.hits().stream().map(h -> h.slug()).toList());
        assertTrue(slice.hits().get(0).titleMatch());
        assertEquals("note", slice.hits().get(0).type());
        assertEquals(publishedBefore + 2, notes.countPublished());
        assertTrue(notes.publishedIdOf(inBody).isPresent());
    }
}
