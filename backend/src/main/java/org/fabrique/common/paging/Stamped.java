package org.fabrique.common.paging;

/** A listed row that has a place in the (updatedAt, id) order of incremental reads. */
public interface Stamped {
    ListCursor stamp();
}
