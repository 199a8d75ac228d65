package org.fabrique.coalition;

/** What a reference to a coalition reads ({@link CoalitionRepository#refRows}): no text but the title. */
public record CoalitionRefRow(long id, int number, String slug, String title, Stage stage) {
    CoalitionRef ref() {
        return new CoalitionRef(number, slug, title, stage);
    }
}
