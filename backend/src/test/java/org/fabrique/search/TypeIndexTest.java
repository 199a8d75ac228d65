package org.fabrique.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fabrique.common.search.SearchDocument;
import org.fabrique.common.search.SearchHit;
import org.fabrique.common.search.SearchSlice;
import org.fabrique.common.search.SortKeys;
import org.fabrique.common.text.TextNormalizer;
import org.junit.jupiter.api.Test;

/** The index structures alone, without a database. */
class TypeIndexTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private static SearchDocument doc(long id, int rank, String title, String text) {
        return new SearchDocument(
                id,
                T,
                true,
                "doc-" + id,
                title,
                null,
                TextNormalizer.fold(title),
                TextNormalizer.foldAll(10_000, title, text),
                SortKeys.ascending(rank));
    }

    private static List<String> slugs(SearchSlice slice) {
        return slice.hits().stream().map(SearchHit::slug).toList();
    }

    private static SearchSlice search(DocumentTable table, String query, int limit) {
        return table.snapshot("note").search(TextNormalizer.terms(query), limit);
    }

    @Test
    void matchesEveryTermAsASubstringOfAWord() {
        DocumentTable table = new DocumentTable();
        table.put(doc(1, 1, "Chartes éthiques", "pour le numérique"));
        table.put(doc(2, 2, "Communs", "logiciels libres et éthique"));
        table.put(doc(3, 3, "Rien", "à voir"));

        assertEquals(List.of("doc-1", "doc-2"), slugs(search(table, "ETHIQUE", 10)));
        assertEquals(List.of("doc-1"), slugs(search(table, "thiq numer", 10)));
        assertEquals(0, search(table, "ethique voir", 10).total());
        // A term never spans two words: "chartes ethiques" holds no "sethi".
        assertEquals(0, search(table, "sethi", 10).total());
    }

    @Test
    void putsTitleHitsFirst_thenTheTypesOrder_andCountsAll() {
        DocumentTable table = new DocumentTable();
        table.put(doc(1, 30, "Atelier", "sobriété"));
        table.put(doc(2, 10, "Sobriété numérique", "texte"));
        table.put(doc(3, 20, "Réunion", "sobriété"));
        table.put(doc(4, 40, "Sobriété", "texte"));

        SearchSlice slice = search(table, "sobriete", 10);
        assertEquals(4, slice.total());
        assertEquals(List.of("doc-2", "doc-4", "doc-3", "doc-1"), slugs(slice));
        assertEquals(
                List.of(true, true, false, false),
                slice.hits().stream().map(SearchHit::titleMatch).toList());

        SearchSlice limited = search(table, "sobriete", 3);
        assertEquals(4, limited.total());
        assertEquals(List.of("doc-2", "doc-4", "doc-3"), slugs(limited));
    }

    @Test
    void replacesAndRemovesDocuments_andHidesUnsearchableRows() {
        DocumentTable table = new DocumentTable();
        table.put(doc(1, 1, "Premier", "alpha"));
        table.put(doc(2, 2, "Second", "alpha"));
        table.put(doc(1, 1, "Premier", "beta"));
        table.put(SearchDocument.hidden(2, T));
        table.put(doc(3, 3, "Troisième", "alpha"));
        table.remove(3);

        assertEquals(0, search(table, "alpha", 10).total());
        assertEquals(List.of("doc-1"), slugs(search(table, "beta", 10)));
        assertEquals(2, table.rows(), "the hidden row still counts as a row");
        assertEquals(T, table.updatedAt(2));
    }

    @Test
    void handlesManyDocuments_withFrequentAndRareWords() {
        DocumentTable table = new DocumentTable();
        for (int i = 0; i < 1000; i++) {
            // "commun" is in every document (a dense bit set), "rare<i%7>" in a seventh of them.
            table.put(doc(i, 1000 - i, "Titre " + i + (i % 100 == 0 ? " commun" : ""), "commun rare" + (i % 7)));
        }
        SearchSlice all = search(table, "commun", 500);
        assertEquals(1000, all.total());
        assertEquals(500, all.hits().size());
        // Title hits (every hundredth document) first, each group by rank (1000 - id: highest id first).
        assertEquals("doc-900", all.hits().get(0).slug());
        assertEquals("doc-0", all.hits().get(9).slug());
        assertTrue(all.hits().get(9).titleMatch());
        assertFalse(all.hits().get(10).titleMatch());
        assertEquals("doc-999", all.hits().get(10).slug());

        SearchSlice rare = search(table, "rare3 commun", 1000);
        assertEquals(143, rare.total());
        List<String> expected = new ArrayList<>();
        for (int i = 999; i >= 0; i--) {
            if (i % 7 == 3) {
                expected.add("doc-" + i);
            }
        }
        assertEquals(expected, slugs(rare));
        assertEquals(1000, search(table, "rare", 10).total());
    }

    @Test
    void anEmptyIndexFindsNothing() {
        assertEquals(
                0, new DocumentTable().snapshot("note").search(List.of("x"), 10).total());
    }
}
