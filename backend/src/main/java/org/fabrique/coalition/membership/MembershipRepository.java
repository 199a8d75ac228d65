package org.fabrique.coalition.membership;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Queries over memberships (actor engagements in coalitions). */
@ApplicationScoped
public class MembershipRepository implements PanacheRepository<Membership> {
    /** True when one of the actors is a confirmed pilot of the coalition. */
    public boolean hasConfirmedPilot(long coalitionId, java.util.Set<Long> actorIds) {
        if (actorIds.isEmpty()) {
            return false;
        }
        return count(
                        "coalition.id = ?1 and actorId in ?2 and role = ?3 and status = ?4",
                        coalitionId,
                        actorIds,
                        MembershipRole.PILOT,
                        MembershipStatus.CONFIRMED)
                > 0;
    }

    /** The coalitions the actor is a confirmed member of. */
    public List<org.fabrique.coalition.Coalition> confirmedCoalitionsOf(long actorId) {
        return getEntityManager()
                .createQuery(
                        "select m.coalition from Membership m where m.actorId = :actor and m.status = :status",
                        org.fabrique.coalition.Coalition.class)
                .setParameter("actor", actorId)
                .setParameter("status", MembershipStatus.CONFIRMED)
                .getResultList();
    }

    public Optional<Membership> find(long coalitionId, long actorId) {
        return find("coalition.id = ?1 and actorId = ?2", coalitionId, actorId).firstResultOptional();
    }

    public List<Membership> ofCoalition(long coalitionId) {
        return list("coalition.id", Sort.by("createdAt").and("id"), coalitionId);
    }

    public List<Membership> pageOfCoalition(long coalitionId, Sort sort, int page, int size) {
        return find("coalition.id", sort, coalitionId).page(Page.of(page, size)).list();
    }

    public long countOfCoalition(long coalitionId) {
        return count("coalition.id", coalitionId);
    }

    public List<Membership> pageOfActor(long actorId, Sort sort, int page, int size) {
        return find("actorId", sort, actorId).page(Page.of(page, size)).list();
    }

    public long countOfActor(long actorId) {
        return count("actorId", actorId);
    }

    /** Where a proposed engagement is one the caller may decide: all for an admin, else their coalitions'. */
    private static final String REQUESTS_FOR = "status = :proposed and (:admin = true"
            + " or :account member of coalition.coordinatorAccountIds"
            + " or exists (select p from Membership p where p.coalition = coalition and p.role = :pilot"
            + " and p.status = :confirmed and p.actorId in :actors))";

    public long countRequestsFor(boolean admin, Long accountId, java.util.Set<Long> actorIds) {
        return count(REQUESTS_FOR, requestParams(admin, accountId, actorIds));
    }

    public List<Membership> requestsFor(
            boolean admin, Long accountId, java.util.Set<Long> actorIds, org.fabrique.common.paging.PageRequest page) {
        return find(REQUESTS_FOR, Sort.by("createdAt"), requestParams(admin, accountId, actorIds))
                .page(page.page(), page.size())
                .list();
    }

    private static io.quarkus.panache.common.Parameters requestParams(
            boolean admin, Long accountId, java.util.Set<Long> actorIds) {
        return io.quarkus.panache.common.Parameters.with("proposed", MembershipStatus.PROPOSED)
                .and("admin", admin)
                .and("account", accountId)
                .and("pilot", MembershipRole.PILOT)
                .and("confirmed", MembershipStatus.CONFIRMED)
                .and("actors", actorIds);
    }
}
