package org.fabrique.coalition;

/** The long process of a coalition, from a first intention to dissemination. */
public enum Stage {
    EMERGING,
    FORMING,
    COMMITTED,
    ACTING,
    AUTONOMOUS,
    DISSEMINATED
}
