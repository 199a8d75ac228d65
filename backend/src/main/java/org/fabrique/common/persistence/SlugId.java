package org.fabrique.common.persistence;

/** A record's slug and id, as lookups by slug read them. */
public record SlugId(String slug, long id) {}
