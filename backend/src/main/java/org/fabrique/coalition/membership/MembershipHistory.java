package org.fabrique.coalition.membership;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fabrique.account.AccountRef;
import org.fabrique.account.AccountService;

/** Records every change of an engagement with who made it and when, and reads it back. */
@ApplicationScoped
public class MembershipHistory {
    private final MembershipEventRepository events;
    private final AccountService accounts;

    public MembershipHistory(MembershipEventRepository events, AccountService accounts) {
        this.events = events;
        this.accounts = accounts;
    }

    void record(Membership membership, MembershipEvent.Action action, String note) {
        events.persist(new MembershipEvent(
                membership,
                action,
                note,
                accounts.caller().accountId(),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS)));
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
