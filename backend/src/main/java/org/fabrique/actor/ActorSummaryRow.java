package org.fabrique.actor;

/** What an actor's summary reads ({@link ActorRepository#summaryRows}): no description. */
public record ActorSummaryRow(long id, String slug, String name, ActorKind kind) {
    ActorSummary summary() {
        return new ActorSummary(slug, name, kind);
    }
}
