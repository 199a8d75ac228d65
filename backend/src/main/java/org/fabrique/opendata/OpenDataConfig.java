package org.fabrique.opendata;

import io.smallrye.config.ConfigMapping;

/** The public addresses the export and the feeds link to. */
@ConfigMapping(prefix = "fabrique.open-data")
public interface OpenDataConfig {
    /** The SPA's public address, without a trailing slash (links to pages). */
    String spaUrl();

    /** The API's public address, without a trailing slash (links to downloads and feeds). */
    String apiUrl();

    default String spa(String path) {
        return strip(spaUrl()) + path;
    }

    default String api(String path) {
        return strip(apiUrl()) + path;
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
