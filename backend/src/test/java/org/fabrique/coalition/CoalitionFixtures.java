package org.fabrique.coalition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import org.fabrique.actor.Actor;
import org.fabrique.actor.ActorKind;
import org.fabrique.actor.ActorRepository;
import org.fabrique.axis.Axis;
import org.fabrique.axis.AxisRepository;
import org.fabrique.coalition.membership.Membership;
import org.fabrique.coalition.membership.MembershipRepository;
import org.fabrique.coalition.membership.MembershipRole;
import org.fabrique.coalition.membership.MembershipStatus;
import org.fabrique.support.TestData;
import org.fabrique.territory.Territory;
import org.fabrique.territory.TerritoryKind;
import org.fabrique.territory.TerritoryRepository;

/**
 * Test data of the features coalition depends on (no API for actors and territories on this
 * branch yet), persisted directly in their own transactions.
 */
@ApplicationScoped
public class CoalitionFixtures {
    private final AxisRepository axes;
    private final ActorRepository actors;
    private final TerritoryRepository territories;
    private final CoalitionService coalitions;
    private final CoalitionRepository coalitionRows;
    private final MembershipRepository memberships;
    private final org.fabrique.support.Accounts accounts;

    public CoalitionFixtures(
            AxisRepository axes,
            ActorRepository actors,
            TerritoryRepository territories,
            CoalitionService coalitions,
            CoalitionRepository coalitionRows,
            MembershipRepository memberships,
            org.fabrique.support.Accounts accounts) {
        this.accounts = accounts;
        this.axes = axes;
        this.actors = actors;
        this.territories = territories;
        this.coalitions = coalitions;
        this.coalitionRows = coalitionRows;
        this.memberships = memberships;
    }

    /** A membership written directly (no ownership check). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void member(String coalitionSlug, String actorSlug, MembershipRole role, MembershipStatus status) {
        Membership m = new Membership(
                coalitionRows.findBySlug(coalitionSlug).orElseThrow(),
                actors.findBySlug(actorSlug).orElseThrow().getId());
        m.setRole(role);
        m.setStatus(status);
        memberships.persist(m);
    }

    /** Names the account of {@code subject} (a @TestSecurity user) coordinator of the coalition. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String coordinatedBy(String subject, String slug) {
        long account = accounts.idOf(subject);
        coalitionRows.findBySlug(slug).orElseThrow().getCoordinatorAccountIds().add(account);
        return slug;
    }

    /** Fixture coalitions have no named coordinator, whoever the test's user is. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void withoutCoordinators(String slug) {
        coalitionRows.findBySlug(slug).orElseThrow().getCoordinatorAccountIds().clear();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String axis(String name) {
        Axis axis = new Axis(TestData.unique("axis"));
        axis.setName(name);
        axis.setColour("#123456");
        axis.setPosition(90);
        axes.persist(axis);
        return axis.getSlug();
    }

    public Long axisId(String slug) {
        return axes.findBySlug(slug).orElseThrow().getId();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String actor(String name, ActorKind kind) {
        Actor actor = new Actor(TestData.unique("actor"));
        actor.setName(name);
        actor.setKind(kind);
        actors.persist(actor);
        return actor.getSlug();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String territory(String name, TerritoryKind kind, String parentSlug) {
        Territory territory = new Territory(TestData.unique("territory"));
        territory.setName(name);
        territory.setKind(kind);
        if (parentSlug != null) {
            territory.setParentId(
                    territories.findBySlug(parentSlug).orElseThrow().getId());
        }
        territories.persist(territory);
        return territory.getSlug();
    }

    /** A coalition created through the service, with a unique slug; returns its slug. */
    public String coalition(String title, List<String> axisSlugs, List<String> keywords, Stage stage, String parent) {
        return created(coalition0(title, axisSlugs, keywords, stage, parent));
    }

    private String coalition0(String title, List<String> axisSlugs, List<String> keywords, Stage stage, String parent) {
        return coalitions
                .create(new CoalitionInput(
                        null,
                        TestData.unique("coalition"),
                        title,
                        "Summary of " + title,
                        null,
                        null,
                        stage,
                        axisSlugs,
                        keywords,
                        parent,
                        null,
                        null,
                        null,
                        null,
                        null))
                .view()
                .slug();
    }

    /** Creates through the service, as an admin or coordinator would, then drops the creator's naming. */
    private String created(String slug) {
        withoutCoordinators(slug);
        return slug;
    }

    public String coalition(String title) {
        return coalition(title, List.of(), List.of(), Stage.EMERGING, null);
    }

    static CoalitionInput.ImpactInput impact(Long id, String title, String target) {
        return new CoalitionInput.ImpactInput(
                id,
                title,
                "Curricula integrating the questions",
                "curricula",
                BigDecimal.ZERO,
                new BigDecimal(target),
                null);
    }
}
