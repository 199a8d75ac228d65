package org.fabrique.common.persistence;

/** One row of a link table read as a pair of ids: the owner's and the linked record's. */
public record IdLink(long owner, long target) {}
