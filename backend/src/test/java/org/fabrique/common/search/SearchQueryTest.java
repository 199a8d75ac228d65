package org.fabrique.common.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
    @Test
    void foldsEachWordIntoAPrefix() {
        SearchQuery q = SearchQuery.of("Éthique  NUMÉRIQUES");
        assertEquals(List.of("ethique", "numeriques"), q.terms());
        assertEquals("'ethique':* & 'numeriques':*", q.tsQuery());
        assertEquals("'ethique':*A & 'numeriques':*A", q.titleTsQuery());
        assertEquals("ethique numeriques", q.text());
        assertEquals("%ethique%numeriques%", q.titlePattern());
    }

    @Test
    void tsquerySyntaxTypedByAPersonIsNotSyntax() {
        assertEquals("'a':* & 'b':*", SearchQuery.of("a' & | !b:*").tsQuery());
        assertEquals(List.of("3"), SearchQuery.of("#3").terms());
        assertTrue(SearchQuery.of("&|!:*()'").isEmpty());
    }

    @Test
    void keepsAtMostEightDistinctWords() {
        assertEquals(8, SearchQuery.of("a b c d e f g h i j a").terms().size());
        assertEquals(List.of("a"), SearchQuery.of("a A à").terms());
    }
}
