package org.fabrique.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.fabrique.account.AccountRepository;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionFixtures;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.participation.ContributionHeld;
import org.fabrique.participation.ContributionKind;
import org.fabrique.participation.ModerationQueue;
import org.fabrique.participation.moderation.ModerationService;
import org.fabrique.support.Accounts;
import org.junit.jupiter.api.Test;

/** The moderators hear of the queue when it reaches a threshold (1, 5, 10, 25…), once each. */
@QuarkusTest
class ModerationQueueNotificationTest {
    private static final long[] STEPS = {1, 5, 10, 25, 50, 100, 250, 500, 1000};

    @Inject
    ActivityNotifier notifier;

    @Inject
    ModerationService moderation;

    @Inject
    NotificationRepository notifications;

    @Inject
    AccountRepository accountRows;

    @Inject
    Accounts accounts;

    @Inject
    CoalitionFixtures fixtures;

    @Inject
    CoalitionDirectory coalitions;

    @Inject
    EntityManager em;

    private long waiting() {
        PageRequest one = new PageRequest(0, 1, null, false);
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        moderation.commentQueue(ModerationQueue.PENDING, one).totalItems()
                                + moderation
                                        .suggestionQueue(ModerationQueue.PENDING, one)
                                        .totalItems());
    }

    private long holdOne(long coalitionId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "insert into comment (coalition_id, author_name, body_html, status, created_at, updated_at)"
                                                + " values (:c, 'Anonyme', '<p>En attente</p>', 'PENDING', now(), now()) returning id")
                                .setParameter("c", coalitionId)
                                .getSingleResult())
                        .longValue());
    }

    private List<NotificationRepository.Row> of(long accountId) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.page(accountId, 0, 50));
    }

    @Test
    void moderatorsAreToldWhenTheQueueReachesAThreshold_onlyThen_andOnce() {
        long moderator = accounts.idOf("queue-moderator");
        long member = accounts.idOf("queue-member");
        QuarkusTransaction.requiringNew().run(() -> {
            accountRows.updateRoles(moderator, "member,moderator");
            accountRows.updateRoles(member, "member");
        });
        long coalitionId = coalitions.idOf(fixtures.coalition("Queue")).orElseThrow();
        long next = 0;
        for (long step : STEPS) {
            if (step > waiting()) {
                next = step;
                break;
            }
        }
        long last = 0;
        while (waiting() < next) {
            last = holdOne(coalitionId);
        }
        long held = last;
        QuarkusTransaction.requiringNew()
                .run(() -> notifier.onHeld(new ContributionHeld(ContributionKind.COMMENT, held)));
        QuarkusTransaction.requiringNew()
                .run(() -> notifier.onHeld(new ContributionHeld(ContributionKind.COMMENT, held)));
        List<NotificationRepository.Row> told = of(moderator);
        assertEquals(1, told.size(), "one notification at the threshold, not two for the same cause");
        assertEquals("moderation", told.get(0).kind());
        assertEquals(String.valueOf(next), told.get(0).title());
        assertEquals("/moderation", told.get(0).link());
        assertEquals(0, of(member).size(), "only moderators");

        long beyond = holdOne(coalitionId);
        QuarkusTransaction.requiringNew()
                .run(() -> notifier.onHeld(new ContributionHeld(ContributionKind.COMMENT, beyond)));
        assertEquals(1, of(moderator).size(), "no notification between thresholds");
    }
}
