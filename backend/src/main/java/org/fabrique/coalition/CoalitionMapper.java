package org.fabrique.coalition;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.ActorSummary;
import org.fabrique.axis.AxisService;
import org.fabrique.axis.AxisSummary;
import org.fabrique.territory.TerritoryService;
import org.fabrique.territory.TerritorySummary;

/**
 * Turns pages of coalition entities into views, loading what they embed in batches (one query per
 * kind for the whole page), so that list endpoints run a constant number of statements.
 */
@ApplicationScoped
public class CoalitionMapper {
    static final Comparator<AxisSummary> AXIS_ORDER =
            Comparator.comparing(AxisSummary::name).thenComparing(AxisSummary::slug);

    private final CoalitionRepository coalitions;
    private final MembershipRepository memberships;
    private final AxisService axes;
    private final ActorService actors;
    private final TerritoryService territories;

    public CoalitionMapper(
            CoalitionRepository coalitions,
            MembershipRepository memberships,
            AxisService axes,
            ActorService actors,
            TerritoryService territories) {
        this.coalitions = coalitions;
        this.memberships = memberships;
        this.axes = axes;
        this.actors = actors;
        this.territories = territories;
    }

    /** Decimals without the trailing zeros of the column scale (10.0000 is shown as 10). */
    static java.math.BigDecimal number(java.math.BigDecimal n) {
        if (n == null) {
            return null;
        }
        java.math.BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static CoalitionRef ref(Coalition c) {
        return new CoalitionRef(c.getNumber(), c.getSlug(), c.getTitle(), c.getStage());
    }

    /** Summaries in the order given, in five queries whatever the number of coalitions. */
    /** Summaries of rows read with {@link CoalitionRepository#summaryPage}: no further query. */
    public List<CoalitionSummary> summariesOfRows(List<CoalitionSummaryRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, AxisSummary> axisSummaries = axes.summariesById();
        return rows.stream()
                .map(r -> new CoalitionSummary(
                        r.number(),
                        r.slug(),
                        r.title(),
                        r.summary(),
                        r.stage(),
                        r.axisIds().stream()
                                .map(axisSummaries::get)
                                .filter(java.util.Objects::nonNull)
                                .sorted(AXIS_ORDER)
                                .toList(),
                        r.keywords(),
                        r.parent(),
                        r.memberCount(),
                        r.sample()))
                .toList();
    }

    /** References to the given coalitions (one query; none when the set is empty). */
    public Map<Long, CoalitionRef> refs(Set<Long> ids) {
        if (ids.isEmpty()) {
            return new java.util.HashMap<>(); // callers look up null ids
        }
        return coalitions.findByIds(ids).stream().collect(Collectors.toMap(Coalition::getId, CoalitionMapper::ref));
    }

    /** Members with their actors, in one query for the actors. */
    public List<MembershipView> members(List<Membership> list) {
        Map<Long, ActorSummary> actorSummaries =
                actorSummaries(list.stream().map(Membership::getActorId).collect(Collectors.toSet()));
        return list.stream()
                .map(m -> member(m, actorSummaries.get(m.getActorId())))
                .toList();
    }

    static MembershipView member(Membership m, ActorSummary actor) {
        return new MembershipView(
                actor, m.getRole(), m.getCommitment(), m.getStatus(), m.getCreatedAt(), m.getUpdatedAt());
    }

    /** An actor's engagements with their coalitions, in one query for the coalitions. */
    public List<ActorMembershipView> actorMemberships(List<Membership> list) {
        Map<Long, CoalitionRef> refs =
                refs(list.stream().map(m -> m.getCoalition().getId()).collect(Collectors.toSet()));
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

    /** Territorial declensions with coalition, territory and partner actors loaded in batches. */
    public List<TerritorialCoalitionView> territorials(List<TerritorialCoalition> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, CoalitionRef> refs =
                refs(list.stream().map(t -> t.getCoalition().getId()).collect(Collectors.toSet()));
        Map<Long, TerritorySummary> territorySummaries = territories.summaries(
                list.stream().map(TerritorialCoalition::getTerritoryId).collect(Collectors.toSet()));
        Set<Long> partnerActorIds = new HashSet<>();
        for (TerritorialCoalition t : list) {
            for (TerritorialPartner p : t.getPartners()) {
                if (p.getActorId() != null) {
                    partnerActorIds.add(p.getActorId());
                }
            }
        }
        Map<Long, ActorSummary> actorSummaries = actorSummaries(partnerActorIds);
        return list.stream()
                .map(t -> new TerritorialCoalitionView(
                        refs.get(t.getCoalition().getId()),
                        territorySummaries.get(t.getTerritoryId()),
                        t.getPositioning(),
                        t.isPriority(),
                        t.getStatus(),
                        t.getCommitments(),
                        t.getPartners().stream()
                                .map(p -> new PartnerView(
                                        p.getScope(),
                                        p.getStatus(),
                                        p.getActorId() == null ? null : actorSummaries.get(p.getActorId()),
                                        p.getLabel()))
                                .toList(),
                        t.isSample(),
                        t.getCreatedAt(),
                        t.getUpdatedAt()))
                .toList();
    }

    public Map<Long, ActorSummary> actorSummaries(Set<Long> ids) {
        return ids.isEmpty() ? Map.of() : actors.summaries(ids);
    }

    public List<AxisSummary> axes(Set<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : axes.summaries(ids).values().stream().sorted(AXIS_ORDER).toList();
    }
}
