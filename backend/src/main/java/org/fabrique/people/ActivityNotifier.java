package org.fabrique.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fabrique.account.AccountService;
import org.fabrique.coalition.CoalitionDirectory;
import org.fabrique.coalition.CoalitionRef;
import org.fabrique.coalition.CoalitionStageChanged;
import org.fabrique.coalition.MembershipRecorded;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.security.Roles;
import org.fabrique.note.NoteRef;
import org.fabrique.note.NoteService;
import org.fabrique.participation.ContributionHeld;
import org.fabrique.participation.ModerationQueue;
import org.fabrique.participation.comment.CommentPublished;
import org.fabrique.participation.comment.CommentTarget;
import org.fabrique.participation.intention.IntentionMerged;
import org.fabrique.participation.intention.IntentionProposed;
import org.fabrique.participation.moderation.ModerationService;

/**
 * Notifications of activity, observed as CDI events in the transaction of the change (so they are
 * written, with their mails, if and only if the change commits): a comment published on what
 * people follow, a coalition's new stage and new members to its followers, a commitment request
 * to the coalition's coordinators, the decision to the accounts acting for the actor, and a
 * growing moderation queue to the moderators (when it reaches 1, 5, 10, 25, 50, 100… waiting), a
 * proposed coalition to the editors, and a proposal merged into a coalition to its coordinators.
 */
@ApplicationScoped
public class ActivityNotifier {
    private static final long[] QUEUE_STEPS = {1, 5, 10, 25, 50, 100, 250, 500, 1000};

    private final NotificationDelivery delivery;
    private final NotificationService notifications;
    private final FollowRepository follows;
    private final CoalitionDirectory coalitions;
    private final NoteService notes;
    private final AccountService accounts;
    private final ModerationService moderation;

    public ActivityNotifier(
            NotificationDelivery delivery,
            NotificationService notifications,
            FollowRepository follows,
            CoalitionDirectory coalitions,
            NoteService notes,
            AccountService accounts,
            ModerationService moderation) {
        this.delivery = delivery;
        this.notifications = notifications;
        this.follows = follows;
        this.coalitions = coalitions;
        this.notes = notes;
        this.accounts = accounts;
        this.moderation = moderation;
    }

    void onCommentPublished(@Observes CommentPublished event) {
        Set<Long> followers = new LinkedHashSet<>();
        String title;
        String link;
        if (event.target().kind() == CommentTarget.Kind.NOTE) {
            NoteRef note =
                    notes.refs(List.of(event.target().id())).get(event.target().id());
            if (note == null) {
                return;
            }
            title = note.title();
            link = "/notes/" + note.slug();
            notifications
                    .publishedNote(note.slug())
                    .ifPresent(view -> followers.addAll(notifications.followersOfNote(view)));
        } else {
            CoalitionRef coalition = coalitions
                    .refs(List.of(event.target().id()))
                    .get(event.target().id());
            if (coalition == null) {
                return;
            }
            title = coalition.title();
            link = "/coalitions/" + coalition.slug();
            followers.addAll(follows.followers(
                    FollowTarget.coalition, List.of(event.target().id())));
        }
        delivery.deliver(
                followers,
                new NotificationDelivery.Notice(
                        NotificationKind.COMMENT, title, link + "#comments", null, "comment:" + event.commentId()),
                event.authorAccountId());
    }

    void onStageChanged(@Observes CoalitionStageChanged event) {
        delivery.deliver(
                follows.followers(FollowTarget.coalition, List.of(event.coalitionId())),
                new NotificationDelivery.Notice(
                        NotificationKind.STAGE,
                        event.title(),
                        "/coalitions/" + event.slug(),
                        null,
                        "stage:" + event.coalitionId() + ":" + event.version()),
                accounts.caller().accountId());
    }

    void onMembership(@Observes MembershipRecorded event) {
        String title = event.actorName() + " · " + event.coalitionTitle();
        String key = "membership:" + event.eventId();
        String coalitionLink = "/coalitions/" + event.coalitionSlug();
        switch (event.action()) {
            case "PROPOSED" ->
                delivery.deliver(
                        coalitions.coordinatorAccountIds(event.coalitionId()),
                        new NotificationDelivery.Notice(
                                NotificationKind.COMMITMENT_REQUEST, title, "/commitment-requests", null, key),
                        event.byAccountId());
            case "CONFIRMED", "DECLINED" -> {
                NotificationKind kind = event.action().equals("CONFIRMED")
                        ? NotificationKind.COMMITMENT_CONFIRMED
                        : NotificationKind.COMMITMENT_DECLINED;
                delivery.deliver(
                        accounts.idsActingFor(event.actorId()),
                        new NotificationDelivery.Notice(kind, title, coalitionLink, null, key),
                        event.byAccountId());
                if (kind == NotificationKind.COMMITMENT_CONFIRMED) {
                    newMember(event, title, key);
                }
            }
            case "ADDED" -> newMember(event, title, key);
            case "INVITED" ->
                delivery.deliver(
                        accounts.idsActingFor(event.actorId()),
                        new NotificationDelivery.Notice(
                                NotificationKind.INVITATION, title, "/my-commitments", null, key),
                        event.byAccountId());
            case "ACCEPTED", "REFUSED" -> {
                boolean accepted = event.action().equals("ACCEPTED");
                delivery.deliver(
                        coalitions.coordinatorAccountIds(event.coalitionId()),
                        new NotificationDelivery.Notice(
                                accepted ? NotificationKind.INVITATION_ACCEPTED : NotificationKind.INVITATION_REFUSED,
                                title,
                                coalitionLink,
                                null,
                                key),
                        event.byAccountId());
                if (accepted) {
                    newMember(event, title, key);
                }
            }
            default -> {
                // changes of role or commitment, withdrawals and removals: nobody is told
            }
        }
    }

    private void newMember(MembershipRecorded event, String title, String key) {
        delivery.deliver(
                follows.followers(FollowTarget.coalition, List.of(event.coalitionId())),
                new NotificationDelivery.Notice(
                        NotificationKind.MEMBER, title, "/coalitions/" + event.coalitionSlug(), null, key + ":member"),
                event.byAccountId());
    }

    /** A proposed coalition waits: the editors hear of it (each proposal once). */
    void onIntentionProposed(@Observes IntentionProposed event) {
        delivery.deliver(
                accounts.idsWithRole(Roles.EDITOR),
                new NotificationDelivery.Notice(
                        NotificationKind.INTENTION,
                        event.title(),
                        "/intentions",
                        null,
                        "intention:" + event.intentionId()),
                null);
    }

    /** A proposal joined a coalition: its coordinators hear of it (not the editor who merged it). */
    void onIntentionMerged(@Observes IntentionMerged event) {
        delivery.deliver(
                coalitions.coordinatorAccountIds(event.coalitionId()),
                new NotificationDelivery.Notice(
                        NotificationKind.INTENTION,
                        event.title(),
                        "/coalitions/" + event.coalitionSlug(),
                        null,
                        "intention-merged:" + event.intentionId()),
                event.byAccountId());
    }

    void onHeld(@Observes ContributionHeld event) {
        PageRequest one = new PageRequest(0, 1, null, false);
        long waiting = moderation.commentQueue(ModerationQueue.PENDING, one).totalItems()
                + moderation.suggestionQueue(ModerationQueue.PENDING, one).totalItems();
        if (!isStep(waiting)) {
            return;
        }
        List<Long> moderators = new ArrayList<>(accounts.idsWithRole(Roles.MODERATOR));
        delivery.deliver(
                moderators,
                new NotificationDelivery.Notice(
                        NotificationKind.MODERATION,
                        String.valueOf(waiting),
                        "/moderation",
                        null,
                        "queue:" + event.kind().name().toLowerCase() + ":" + event.id()),
                null);
    }

    private static boolean isStep(long waiting) {
        for (long step : QUEUE_STEPS) {
            if (waiting == step) {
                return true;
            }
        }
        return false;
    }
}
