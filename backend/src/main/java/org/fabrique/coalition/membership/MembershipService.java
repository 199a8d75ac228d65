package org.fabrique.coalition.membership;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.fabrique.actor.ActorService;
import org.fabrique.coalition.Coalition;
import org.fabrique.coalition.CoalitionAccess;
import org.fabrique.coalition.CoalitionService;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;

/** Engagements of actors in coalitions: role, the commitment each can hold, status. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MembershipService {
    public static final Set<String> MEMBER_SORTS = Set.of("createdAt", "role", "status");
    public static final Set<String> ACTOR_SORTS = Set.of("number", "createdAt", "role", "status");

    private final MembershipRepository repository;
    private final CoalitionService coalitions;
    private final MembershipMapper mapper;
    private final ActorService actors;
    private final EntityTags tags;
    private final CoalitionAccess access;
    private final MembershipHistory history;

    public MembershipService(
            MembershipRepository repository,
            CoalitionService coalitions,
            MembershipMapper mapper,
            ActorService actors,
            EntityTags tags,
            CoalitionAccess access,
            MembershipHistory history) {
        this.history = history;
        this.access = access;
        this.repository = repository;
        this.coalitions = coalitions;
        this.mapper = mapper;
        this.actors = actors;
        this.tags = tags;
    }

    /** The members of a coalition, a page at a time. */
    public Page<MembershipView> list(String coalitionSlug, PageRequest page) {
        long coalitionId = coalitions.load(coalitionSlug).getId();
        long total = repository.countOfCoalition(coalitionId);
        List<Membership> rows = total <= page.offset()
                ? List.of()
                : repository.pageOfCoalition(coalitionId, sort(page), page.page(), page.size());
        return Page.of(mapper.members(rows), page, total);
    }

    /** The coalitions an actor is engaged in; 404 when no actor has that slug. */
    public Page<ActorMembershipView> ofActor(String actorSlug, PageRequest page) {
        long actorId = actors.idOf(actorSlug).orElseThrow(() -> DomainException.notFound("actor", actorSlug));
        long total = repository.countOfActor(actorId);
        if (total <= page.offset()) {
            return Page.of(List.of(), page, total);
        }
        Sort sort = page.sort().equals("number") ? Sort.by("coalition.number", direction(page)) : sort(page);
        return Page.of(
                mapper.actorMemberships(repository.pageOfActor(actorId, sort, page.page(), page.size())), page, total);
    }

    public Versioned<MembershipView> get(String coalitionSlug, String actorSlug) {
        return versioned(load(coalitionSlug, actorSlug));
    }

    @Transactional
    public Versioned<MembershipView> create(String coalitionSlug, MembershipInput input) {
        Coalition coalition = coalitions.load(coalitionSlug);
        access.requireEditable(coalition);
        long actorId = actors.idsBySlug(List.of(input.actor()), "actor").get(input.actor());
        if (repository.find(coalition.getId(), actorId).isPresent()) {
            throw DomainException.conflict(
                    "Actor '" + input.actor() + "' is already a member of coalition '" + coalitionSlug + "'");
        }
        Membership membership = new Membership(coalition, actorId);
        membership.setRole(input.role());
        membership.setCommitment(input.commitment());
        membership.setStatus(input.status() != null ? input.status() : MembershipStatus.PROPOSED);
        repository.persist(membership);
        repository.flush();
        history.record(membership, MembershipEvent.Action.ADDED, null);
        return versioned(membership);
    }

    @Transactional
    public Versioned<MembershipView> update(
            String coalitionSlug, String actorSlug, MembershipUpdate input, String ifMatch) {
        access.requireEditable(coalitions.load(coalitionSlug));
        Membership membership = load(coalitionSlug, actorSlug);
        tags.checkIfMatch(ifMatch, membership.getVersion());
        membership.setRole(input.role());
        membership.setCommitment(input.commitment());
        membership.setStatus(input.status());
        repository.flush();
        history.record(membership, MembershipEvent.Action.CHANGED, null);
        return versioned(membership);
    }

    @Transactional
    public void delete(String coalitionSlug, String actorSlug) {
        access.requireEditable(coalitions.load(coalitionSlug));
        Membership membership = load(coalitionSlug, actorSlug);
        history.record(membership, MembershipEvent.Action.REMOVED, null);
        repository.delete(membership);
    }

    private Versioned<MembershipView> versioned(Membership membership) {
        return new Versioned<>(mapper.members(List.of(membership)).get(0), membership.getVersion());
    }

    private Membership load(String coalitionSlug, String actorSlug) {
        Coalition coalition = coalitions.load(coalitionSlug);
        long actorId = actors.idOf(actorSlug).orElseThrow(() -> DomainException.notFound("actor", actorSlug));
        return repository
                .find(coalition.getId(), actorId)
                .orElseThrow(() -> DomainException.notFound("membership", coalitionSlug + "/" + actorSlug));
    }

    private static Sort.Direction direction(PageRequest page) {
        return page.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
    }

    private static Sort sort(PageRequest page) {
        return Sort.by(page.sort(), direction(page)).and("id", direction(page));
    }
}
