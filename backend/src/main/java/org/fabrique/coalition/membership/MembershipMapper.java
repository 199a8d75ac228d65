package org.fabrique.coalition.membership;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.ActorSummary;
import org.fabrique.coalition.CoalitionMapper;
import org.fabrique.coalition.CoalitionRef;

/** Views of memberships, with their actors or coalitions loaded in one query per page. */
@ApplicationScoped
public class MembershipMapper {
    private final ActorService actors;
    private final CoalitionMapper coalitions;

    public MembershipMapper(ActorService actors, CoalitionMapper coalitions) {
        this.actors = actors;
        this.coalitions = coalitions;
    }

    /** Members with their actors, in one query for the actors. */
    public List<MembershipView> members(List<Membership> list) {
        Map<Long, ActorSummary> actorSummaries = actorSummaries(list);
        return list.stream()
                .map(m -> member(m, actorSummaries.get(m.getActorId())))
                .toList();
    }

    public static MembershipView member(Membership m, ActorSummary actor) {
        return new MembershipView(
                actor, m.getRole(), m.getCommitment(), m.getStatus(), m.getCreatedAt(), m.getUpdatedAt());
    }

    /** An actor's engagements with their coalitions, in one query for the coalitions. */
    public List<ActorMembershipView> actorMemberships(List<Membership> list) {
        Map<Long, CoalitionRef> refs =
                coalitions.refs(list.stream().map(m -> m.getCoalition().getId()).collect(Collectors.toSet()));
        return list.stream()
                .map(m -> new ActorMembershipView(
                        refs.get(m.getCoalition().getId()),
                        m.getRole(),
                        m.getCommitment(),
                        m.getStatus(),
                        m.getCreatedAt(),
                        m.getUpdatedAt()))
                .toList();
    }

    /** Proposed engagements with their coalitions and actors, in one query per kind. */
    public List<CommitmentRequestView> requests(List<Membership> list) {
        Map<Long, CoalitionRef> refs =
                coalitions.refs(list.stream().map(m -> m.getCoalition().getId()).collect(Collectors.toSet()));
        Map<Long, ActorSummary> actorSummaries = actorSummaries(list);
        return list.stream()
                .map(m -> new CommitmentRequestView(
                        refs.get(m.getCoalition().getId()), member(m, actorSummaries.get(m.getActorId()))))
                .toList();
    }

    private Map<Long, ActorSummary> actorSummaries(List<Membership> list) {
        var ids = list.stream().map(Membership::getActorId).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : actors.summaries(ids);
    }
}
