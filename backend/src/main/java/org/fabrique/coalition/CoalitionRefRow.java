package org.fabrique.coalition;

/**
 * What a reference to a coalition reads ({@link CoalitionRepository#refRows}): no text but the
 * title, and the language it is written in ({@link CoalitionMapper#refsOf} shows it translated).
 */
public record CoalitionRefRow(long id, int number, String slug, String title, Stage stage, String lang) {
    static CoalitionRefRow of(Coalition c) {
        return new CoalitionRefRow(c.getId(), c.getNumber(), c.getSlug(), c.getTitle(), c.getStage(), c.getLang());
    }
}
