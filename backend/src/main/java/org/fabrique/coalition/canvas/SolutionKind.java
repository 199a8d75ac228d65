package org.fabrique.coalition.canvas;

/** What a recommendation names: one solution, or a kind of solutions (the source: "solutions or kinds of solutions"). */
public enum SolutionKind {
    SOLUTION,
    KIND_OF_SOLUTION
}
