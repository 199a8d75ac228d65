package org.fabrique.coalition;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.actor.ActorKind;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.ActorSummary;
import org.fabrique.axis.AxisService;
import org.fabrique.axis.AxisSummary;
import org.fabrique.coalition.canvas.ExperienceView;
import org.fabrique.coalition.canvas.ImpactMapper;
import org.fabrique.coalition.canvas.ProblemView;
import org.fabrique.coalition.membership.Membership;
import org.fabrique.coalition.membership.MembershipMapper;
import org.fabrique.coalition.membership.MembershipRepository;
import org.fabrique.coalition.membership.MembershipRole;
import org.fabrique.coalition.membership.MembershipStatus;
import org.fabrique.coalition.membership.MembershipView;
import org.fabrique.coalition.territorial.TerritorialCoalitionRepository;
import org.fabrique.coalition.territorial.TerritorialMapper;
import org.fabrique.common.i18n.Localized;
import org.fabrique.common.i18n.Translations;
import org.fabrique.common.i18n.Translations.Source;

/**
 * Coalition views: the whole coalition, summaries of list rows, references, loading what they embed
 * in batches (one query per kind), so that list endpoints run a constant number of statements.
 */
@ApplicationScoped
public class CoalitionMapper {
    static final Comparator<AxisSummary> AXIS_ORDER =
            Comparator.comparing(AxisSummary::name).thenComparing(AxisSummary::slug);

    private final CoalitionRepository coalitions;
    private final MembershipRepository memberships;
    private final TerritorialCoalitionRepository declensions;
    private final TerritorialMapper territorials;
    private final AxisService axes;
    private final ActorService actors;
    private final Translations translations;

    /** The kind of record of coalitions' translations. */
    public static final String KIND = "coalition";

    public CoalitionMapper(
            CoalitionRepository coalitions,
            MembershipRepository memberships,
            TerritorialCoalitionRepository declensions,
            TerritorialMapper territorials,
            AxisService axes,
            ActorService actors,
            Translations translations) {
        this.translations = translations;
        this.coalitions = coalitions;
        this.memberships = memberships;
        this.declensions = declensions;
        this.territorials = territorials;
        this.axes = axes;
        this.actors = actors;
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
        Map<Long, AxisSummary> axisSummaries = axes.localized(axes.summariesById());
        Map<Long, Localized> texts = translations.localize(
                KIND,
                rows.stream()
                        .collect(Collectors.toMap(
                                CoalitionSummaryRow::id,
                                r -> Source.of(r.lang(), "title", r.title(), "summary", r.summary()))));
        return rows.stream()
                .map(r -> new CoalitionSummary(
                        r.number(),
                        r.slug(),
                        texts.get(r.id()).text("title"),
                        texts.get(r.id()).text("summary"),
                        r.stage(),
                        r.axisIds().stream()
                                .map(axisSummaries::get)
                                .filter(java.util.Objects::nonNull)
                                .sorted(AXIS_ORDER)
                                .toList(),
                        r.keywords(),
                        r.parent(),
                        r.memberCount(),
                        r.sample(),
                        texts.get(r.id()).languages()))
                .toList();
    }

    /**
     * References to the given coalitions (one query of the columns they show, no entity; none when
     * the set is empty).
     */
    public Map<Long, CoalitionRef> refs(Set<Long> ids) {
        if (ids.isEmpty()) {
            return new java.util.HashMap<>(); // callers look up null ids
        }
        return coalitions.refRows(ids).stream().collect(Collectors.toMap(CoalitionRefRow::id, CoalitionRefRow::ref));
    }

    public Map<Long, ActorSummary> actorSummaries(Set<Long> ids) {
        return ids.isEmpty() ? Map.of() : actors.summaries(ids);
    }

    /**
     * The whole coalition: canvas, members with their actors, territorial declensions, parent and
     * children, and the governance warning; what it embeds is loaded in one query per kind.
     */
    public CoalitionView view(Coalition c) {
        List<Membership> members = memberships.ofCoalition(c.getId());
        Set<Long> actorIds = new HashSet<>();
        c.getProblems().forEach(p -> actorIds.addAll(p.getActorIds()));
        members.forEach(m -> actorIds.add(m.getActorId()));
        Map<Long, ActorSummary> actorSummaries = actorSummaries(actorIds);
        CoalitionRef parent = c.getParentId() == null
                ? null
                : coalitions
                        .findByIdOptional(c.getParentId())
                        .map(CoalitionMapper::ref)
                        .orElse(null);
        List<MembershipView> memberViews = members.stream()
                .map(m -> MembershipMapper.member(m, actorSummaries.get(m.getActorId())))
                .toList();
        Localized texts = translations.localize(KIND, c.getId(), source(c));
        return new CoalitionView(
                c.getNumber(),
                c.getSlug(),
                texts.text("title"),
                texts.text("summary"),
                texts.text("intention"),
                texts.text("vision"),
                c.getStage(),
                axes(c.getAxisIds()),
                c.getKeywords().stream().sorted().toList(),
                parent,
                coalitions.children(c.getId()).stream()
                        .map(CoalitionMapper::ref)
                        .toList(),
                c.getExperiences().stream()
                        .map(e -> new ExperienceView(e.getId(), e.getTitle(), e.getDescription(), e.getUrl()))
                        .toList(),
                c.getProblems().stream()
                        .map(p -> new ProblemView(
                                p.getId(),
                                p.getTitle(),
                                p.getDescription(),
                                p.getAllyKinds().stream().sorted().toList(),
                                p.getActorIds().stream()
                                        .map(actorSummaries::get)
                                        .filter(java.util.Objects::nonNull)
                                        .sorted(Comparator.comparing(ActorSummary::name)
                                                .thenComparing(ActorSummary::slug))
                                        .toList()))
                        .toList(),
                c.getImpacts().stream().map(ImpactMapper::impact).toList(),
                memberViews,
                territorials.views(declensions.ofCoalition(c.getId())),
                new GovernanceWarnings(fundersOnlyPilot(memberViews)),
                c.isSample(),
                c.isCommentsOpen(),
                c.getCreatedAt(),
                c.getUpdatedAt(),
                texts.languages());
    }

    /** The translatable texts of a coalition, by field name. */
    public static Source source(Coalition c) {
        return Source.of(
                c.getLang(),
                "title",
                c.getTitle(),
                "summary",
                c.getSummary(),
                "intention",
                c.getIntention(),
                "vision",
                c.getVision());
    }

    /** The governance warning: the only confirmed pilot is a funder (or a funder with no pilot). */
    static boolean fundersOnlyPilot(List<MembershipView> members) {
        List<MembershipView> confirmed = members.stream()
                .filter(m -> m.status() == MembershipStatus.CONFIRMED)
                .toList();
        List<MembershipView> pilots =
                confirmed.stream().filter(m -> m.role() == MembershipRole.PILOT).toList();
        if (pilots.isEmpty()) {
            return confirmed.stream().anyMatch(m -> m.role() == MembershipRole.FUNDER);
        }
        return pilots.stream().allMatch(m -> m.actor() != null && m.actor().kind() == ActorKind.FUNDER);
    }

    public List<AxisSummary> axes(Set<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : axes.summaries(ids).values().stream().sorted(AXIS_ORDER).toList();
    }
}
