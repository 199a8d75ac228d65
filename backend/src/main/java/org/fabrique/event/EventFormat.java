package org.fabrique.event;

/** How people attend an event. */
public enum EventFormat {
    ONLINE,
    IN_PERSON,
    HYBRID
}
