package org.fabrique.coalition.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.account.AccountRef;
import org.fabrique.account.AccountService;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.ActorSummary;
import org.fabrique.coalition.MembershipRecorded;

/** Records every change of an engagement with who made it and when, and reads it back. */
@ApplicationScoped
public class MembershipHistory {
    private final MembershipEventRepository events;
    private final AccountService accounts;
    private final ActorService actors;
    private final Event<MembershipRecorded> recorded;

    public MembershipHistory(
            MembershipEventRepository events,
            AccountService accounts,
            ActorService actors,
            Event<MembershipRecorded> recorded) {
        this.events = events;
        this.accounts = accounts;
        this.actors = actors;
        this.recorded = recorded;
    }

    /** Records the change and tells the features that notify people of it (same transaction). */
    void record(Membership membership, MembershipEvent.Action action, String note) {
        Long by = accounts.caller().accountId();
        MembershipEvent event = new MembershipEvent(
                membership, action, note, by, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
        events.persist(event);
        events.flush();
        ActorSummary actor = actors.summaries(List.of(membership.getActorId())).get(membership.getActorId());
        recorded.fire(new MembershipRecorded(
                event.getId(),
                action.name(),
                membership.getCoalition().getId(),
                membership.getCoalition().getSlug(),
                membership.getCoalition().getTitle(),
                membership.getActorId(),
                actor == null ? "" : actor.name(),
                by));
    }

    List<MembershipEventView> of(long coalitionId, long actorId) {
        List<MembershipEvent> list = events.of(coalitionId, actorId);
        Set<Long> ids = new HashSet<>();
        list.forEach(e -> {
            if (e.getByAccountId() != null) {
                ids.add(e.getByAccountId());
            }
        });
        Map<Long, AccountRef> by = accounts.refs(ids);
        return list.stream()
                .map(e -> new MembershipEventView(
                        e.getAction(),
                        e.getRole(),
                        e.getStatus(),
                        e.getCommitment(),
                        e.getNote(),
                        e.getByAccountId() == null ? null : by.get(e.getByAccountId()),
                        e.getAt()))
                .toList();
    }
}
