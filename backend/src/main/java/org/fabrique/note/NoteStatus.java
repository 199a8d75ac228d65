package org.fabrique.note;

/** Publication status of a note. */
public enum NoteStatus {
    DRAFT,
    PUBLISHED
}
