package org.fabrique.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.fabrique.common.text.Slugs;
import org.fabrique.common.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void foldsAccentsCaseAndPunctuation() {
        assertEquals(
                "ethiques sociales et environnementales",
                TextNormalizer.fold("Éthiques, sociales — et environnementales !"));
        assertEquals("oeuvre", TextNormalizer.fold("Œuvre"));
    }

    @Test
    void splitsQueryIntoDistinctFoldedTerms() {
        assertEquals(List.of("ethique", "numerique"), TextNormalizer.terms("  Éthique numérique éthique "));
        assertEquals(List.of(), TextNormalizer.terms("  ,, "));
    }

    @Test
    void escapesLikeWildcards() {
        assertEquals("100\\%\\_x", TextNormalizer.likeLiteral("100%_x"));
    }

    @Test
    void slugifiesTitles() {
        assertEquals("communs-de-la-connaissance", Slugs.slugify("Communs de la connaissance", 120));
        assertEquals("coalition-3", Slugs.slugify("Coalition #3", 120));
    }
}
