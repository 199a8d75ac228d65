package org.fabrique.coalition.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fabrique.account.AccountService;
import org.fabrique.account.Caller;
import org.fabrique.actor.ActorService;
import org.fabrique.coalition.Coalition;
import org.fabrique.coalition.CoalitionAccess;
import org.fabrique.coalition.CoalitionService;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.ProblemType;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.security.Roles;

/**
 * Engagements proposed by members for the actors they act for, decided by the coalition's
 * coordinators (or pilots); invitations from the coordinators, answered by the actor's people;
 * withdrawn by either; every step is recorded in the history.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommitmentService {
    private final MembershipRepository memberships;
    private final CoalitionService coalitions;
    private final CoalitionAccess access;
    private final MembershipMapper mapper;
    private final MembershipHistory history;
    private final AccountService accounts;
    private final ActorService actors;

    public CommitmentService(
            MembershipRepository memberships,
            CoalitionService coalitions,
            CoalitionAccess access,
            MembershipMapper mapper,
            MembershipHistory history,
            AccountService accounts,
            ActorService actors) {
        this.memberships = memberships;
        this.coalitions = coalitions;
        this.access = access;
        this.mapper = mapper;
        this.history = history;
        this.accounts = accounts;
        this.actors = actors;
    }

    @Transactional
    public MembershipView propose(String coalitionSlug, CommitmentInput input) {
        Coalition coalition = coalitions.load(coalitionSlug);
        if (input.role() == MembershipRole.PILOT) {
            throw DomainException.invalidField("role", "pilots are named by the coalition's coordinators");
        }
        long actorId = actors.idsBySlug(List.of(input.actor()), "actor").get(input.actor());
        Caller caller = accounts.caller();
        if (!caller.hasRole(Roles.ADMIN) && !caller.actorIds().contains(actorId)) {
            throw new DomainException(
                    ProblemType.FORBIDDEN, "Your account does not act for actor '" + input.actor() + "'");
        }
        Membership membership = memberships.find(coalition.getId(), actorId).orElse(null);
        if (membership != null
                && membership.getStatus() != MembershipStatus.WITHDRAWN
                && membership.getStatus() != MembershipStatus.DECLINED) {
            throw DomainException.conflict("Actor '" + input.actor() + "' is already engaged in this coalition");
        }
        boolean created = membership == null;
        if (created) {
            membership = new Membership(coalition, actorId);
        }
        membership.setRole(input.role());
        membership.setCommitment(input.commitment());
        membership.setStatus(MembershipStatus.PROPOSED);
        if (created) {
            memberships.persist(membership);
        }
        memberships.flush();
        history.record(membership, MembershipEvent.Action.PROPOSED, null);
        return mapper.members(List.of(membership)).get(0);
    }

    @Transactional
    public MembershipView decide(String coalitionSlug, String actorSlug, CommitmentDecision input) {
        Coalition coalition = coalitions.load(coalitionSlug);
        access.requireEditable(coalition);
        Membership membership = load(coalition, actorSlug);
        if (membership.getStatus() != MembershipStatus.PROPOSED) {
            throw DomainException.conflict("Only a proposed engagement can be decided; this one is "
                    + membership.getStatus().name().toLowerCase());
        }
        boolean confirm = input.decision() == CommitmentDecision.Verdict.CONFIRM;
        membership.setStatus(confirm ? MembershipStatus.CONFIRMED : MembershipStatus.DECLINED);
        memberships.flush();
        history.record(
                membership, confirm ? MembershipEvent.Action.CONFIRMED : MembershipEvent.Action.DECLINED, input.note());
        return mapper.members(List.of(membership)).get(0);
    }

    /**
     * The coordinators invite an actor: an invitation its people answer. Refused when the actor is
     * already engaged (proposed, invited or confirmed); a declined or withdrawn engagement may be
     * offered again.
     */
    @Transactional
    public MembershipView invite(String coalitionSlug, InvitationInput input) {
        Coalition coalition = coalitions.load(coalitionSlug);
        access.requireEditable(coalition);
        long actorId = actors.idsBySlug(List.of(input.actor()), "actor").get(input.actor());
        Membership membership = memberships.find(coalition.getId(), actorId).orElse(null);
        if (membership != null
                && membership.getStatus() != MembershipStatus.WITHDRAWN
                && membership.getStatus() != MembershipStatus.DECLINED) {
            throw DomainException.conflict(
                    "Actor ''{0}'' is already proposed, invited or engaged in this coalition", input.actor());
        }
        boolean created = membership == null;
        if (created) {
            membership = new Membership(coalition, actorId);
        }
        membership.setRole(input.role() == null ? MembershipRole.ALLY : input.role());
        membership.setCommitment(input.commitment());
        membership.setStatus(MembershipStatus.INVITED);
        if (created) {
            memberships.persist(membership);
        }
        memberships.flush();
        history.record(membership, MembershipEvent.Action.INVITED, input.note());
        return mapper.members(List.of(membership)).get(0);
    }

    /** The actor's people (or an admin) accept an invitation, which confirms it, or refuse it. */
    @Transactional
    public MembershipView answer(String coalitionSlug, String actorSlug, InvitationAnswer input) {
        Coalition coalition = coalitions.load(coalitionSlug);
        Membership membership = load(coalition, actorSlug);
        Caller caller = accounts.caller();
        if (!caller.hasRole(Roles.ADMIN) && !caller.actorIds().contains(membership.getActorId())) {
            throw DomainException.of(
                    ProblemType.FORBIDDEN, "Only the people of actor ''{0}'' may answer its invitation", actorSlug);
        }
        if (membership.getStatus() != MembershipStatus.INVITED) {
            throw DomainException.conflict("Only an invitation waiting for its answer can be answered");
        }
        boolean accept = input.answer() == InvitationAnswer.Verdict.ACCEPT;
        if (accept && input.commitment() != null && !input.commitment().isBlank()) {
            membership.setCommitment(input.commitment().strip());
        }
        membership.setStatus(accept ? MembershipStatus.CONFIRMED : MembershipStatus.DECLINED);
        memberships.flush();
        history.record(
                membership, accept ? MembershipEvent.Action.ACCEPTED : MembershipEvent.Action.REFUSED, input.note());
        return mapper.members(List.of(membership)).get(0);
    }

    @Transactional
    public MembershipView withdraw(String coalitionSlug, String actorSlug) {
        Coalition coalition = coalitions.load(coalitionSlug);
        requireEditorOrActor(coalition, actorSlug);
        Membership membership = load(coalition, actorSlug);
        if (membership.getStatus() == MembershipStatus.WITHDRAWN) {
            throw DomainException.conflict("This engagement is already withdrawn");
        }
        membership.setStatus(MembershipStatus.WITHDRAWN);
        memberships.flush();
        history.record(membership, MembershipEvent.Action.WITHDRAWN, null);
        return mapper.members(List.of(membership)).get(0);
    }

    public List<MembershipEventView> history(String coalitionSlug, String actorSlug) {
        Coalition coalition = coalitions.load(coalitionSlug);
        requireEditorOrActor(coalition, actorSlug);
        return history.of(coalition.getId(), load(coalition, actorSlug).getActorId());
    }

    /** Proposed engagements the caller may decide: all for an admin, else their coalitions'. */
    public Page<CommitmentRequestView> requests(PageRequest page) {
        Caller caller = accounts.caller();
        boolean admin = caller.hasRole(Roles.ADMIN);
        if (!admin && !caller.hasRole(Roles.COORDINATOR)) {
            return Page.of(List.of(), page, 0);
        }
        Set<Long> actorIds = new HashSet<>(caller.actorIds());
        actorIds.add(-1L);
        long total = memberships.countRequestsFor(admin, caller.accountId(), actorIds);
        List<Membership> rows = memberships.requestsFor(admin, caller.accountId(), actorIds, page);
        return Page.of(mapper.requests(rows), page, total);
    }

    private void requireEditorOrActor(Coalition coalition, String actorSlug) {
        if (access.canEdit(coalition)) {
            return;
        }
        Long actorId = actors.idOf(actorSlug).orElse(null);
        if (actorId == null || !accounts.caller().actorIds().contains(actorId)) {
            throw new DomainException(
                    ProblemType.FORBIDDEN, "Only the coalition's coordinators and the actor's people may do this");
        }
    }

    private Membership load(Coalition coalition, String actorSlug) {
        long actorId = actors.idOf(actorSlug).orElseThrow(() -> DomainException.notFound("actor", actorSlug));
        return memberships
                .find(coalition.getId(), actorId)
                .orElseThrow(() -> DomainException.notFound("membership", coalition.getSlug() + "/" + actorSlug));
    }
}
