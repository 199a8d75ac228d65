package org.fabrique.common.persistence;

/** An entity named in URLs by a slug, with the row version of {@link AuditedEntity}. */
public interface Slugged {
    Long getId();

    long getVersion();

    String getSlug();

    void setSlug(String slug);
}
