package org.fabrique.event;

/** Kinds of sessions on an event's agenda. */
public enum SessionKind {
    PLENARY,
    TESTIMONY,
    WORKSHOP
}
