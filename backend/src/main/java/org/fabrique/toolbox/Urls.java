package org.fabrique.toolbox;

/** The shape of the URLs the toolbox accepts. */
final class Urls {
    /** An absolute http or https URL without spaces. */
    static final String PATTERN = "^[hH][tT][tT][pP][sS]?://[^\\s/?#]+[^\\s]*$";

    private Urls() {}
}
