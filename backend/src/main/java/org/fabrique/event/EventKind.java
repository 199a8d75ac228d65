package org.fabrique.event;

/** Kinds of events of the programme. */
public enum EventKind {
    RESET_DAY,
    CONFERENCE,
    WORKSHOP,
    TERRITORIAL_EXCHANGE,
    PARTNERS_MEETING
}
