package org.fabrique.common.text;

/** The shape of the web addresses the API accepts in its inputs (websites, links to read more). */
public final class HttpUrls {
    /** An absolute http or https URL without spaces (scheme case ignored). */
    public static final String PATTERN = "^[hH][tT][tT][pP][sS]?://[^\\s/?#]+[^\\s]*$";

    private HttpUrls() {}
}
