package org.fabrique.toolbox;

/** Whether a resource can be used yet. */
public enum Availability {
    PLANNED,
    IN_PROGRESS,
    AVAILABLE
}
