package org.fabrique.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.fabrique.actor.Actor;
import org.fabrique.actor.ActorInput;
import org.fabrique.actor.ActorKind;
import org.fabrique.actor.ActorService;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommittedWritesTest {
    @Inject
    ActorService actors;

    private static ActorInput input(String name) {
        return new ActorInput(null, name, ActorKind.MEDIA, null, null, null, null, null);
    }

    @Test
    void countsATransactionOnceItCommits_notBefore() {
        String slug = actors.create(input("Compté " + UUID.randomUUID())).slug();
        long before = CommittedWrites.count(Actor.class);
        QuarkusTransaction.requiringNew().run(() -> {
            // Flushed at commit, during the transaction's completion: the hardest case.
            actors.update(slug, input("Renommé " + UUID.randomUUID()), null);
            assertEquals(before, CommittedWrites.count(Actor.class), "not yet committed");
        });
        assertEquals(before + 1, CommittedWrites.count(Actor.class));
    }

    @Test
    void ignoresRolledBackTransactions() {
        String slug = actors.create(input("Annulé " + UUID.randomUUID())).slug();
        long before = CommittedWrites.count(Actor.class);
        assertThrows(
                IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    actors.update(slug, input("Jamais " + UUID.randomUUID()), null);
                    throw new IllegalStateException("rollback");
                }));
        assertEquals(before, CommittedWrites.count(Actor.class));
    }
}
