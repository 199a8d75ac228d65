package org.fabrique.coalition;

/**
 * Filters of the coalition list; every field is optional. {@code axis}, {@code territory} and
 * {@code parent} are slugs (an unknown one matches nothing), {@code q} is free text.
 */
public record CoalitionFilter(String axis, String territory, Stage stage, String keyword, String q, String parent) {
    public static CoalitionFilter none() {
        return new CoalitionFilter(null, null, null, null, null, null);
    }
}
