package org.fabrique.actor;

/**
 * What a person's summary reads with the actor they act for ({@link PersonRepository#summaryRows}):
 * no biography, no description; the actor's columns are null when the person acts for none.
 */
public record PersonSummaryRow(
        long id,
        String slug,
        String fullName,
        String roleTitle,
        String actorSlug,
        String actorName,
        ActorKind actorKind) {
    PersonSummary summary() {
        return new PersonSummary(
                slug,
                fullName,
                roleTitle,
                actorSlug == null ? null : new ActorSummary(actorSlug, actorName, actorKind));
    }
}
