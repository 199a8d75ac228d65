package org.fabrique.coalition;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.fabrique.coalition.canvas.SolutionView;
import org.fabrique.coalition.membership.Membership;
import org.fabrique.coalition.membership.MembershipMapper;
import org.fabrique.coalition.membership.MembershipRepository;
import org.fabrique.coalition.membership.MembershipRole;
import org.fabrique.coalition.membership.MembershipStatus;
import org.fabrique.coalition.membership.MembershipView;
import org.fabrique.coalition.territorial.TerritorialCoalitionRepository;
import org.fabrique.coalition.territorial.TerritorialMapper;
import org.fabrique.common.i18n.Localized;
import org.fabrique.common.i18n.TextLanguages;
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

    /** References with their titles in the reader's language (one query for the translations). */
    public Map<Long, CoalitionRef> refsOf(Collection<CoalitionRefRow> rows) {
        Map<Long, Source> sources = new HashMap<>();
        rows.forEach(r -> sources.put(r.id(), Source.of(r.lang(), "title", r.title())));
        Map<Long, Localized> texts = translations.localize(KIND, sources);
        Map<Long, CoalitionRef> refs = new HashMap<>();
        rows.forEach(r -> refs.put(
                r.id(),
                new CoalitionRef(
                        r.number(),
                        r.slug(),
                        texts.get(r.id()).text("title"),
                        r.stage(),
                        texts.get(r.id()).languages())));
        return refs;
    }

    /** Summaries in the order given, in five queries whatever the number of coalitions. */
    /** Summaries of rows read with {@link CoalitionRepository#summaryPage}: no further query. */
    public List<CoalitionSummary> summariesOfRows(List<CoalitionSummaryRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, AxisSummary> axisSummaries = axes.localized(axes.summariesById());
        Map<Long, CoalitionRef> parents = refsOf(rows.stream()
                .map(CoalitionSummaryRow::parent)
                .filter(java.util.Objects::nonNull)
                .toList());
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
                        r.parent() == null ? null : parents.get(r.parent().id()),
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
        return refsOf(coalitions.refRows(ids));
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
        List<CoalitionRefRow> children =
                coalitions.children(c.getId()).stream().map(CoalitionRefRow::of).toList();
        CoalitionRef parent =
                c.getParentId() == null ? null : refs(Set.of(c.getParentId())).get(c.getParentId());
        Map<Long, CoalitionRef> childRefs = refsOf(children);
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
                coalitions.stageHistory(c.getId()),
                axes(c.getAxisIds()),
                c.getKeywords().stream().sorted().toList(),
                parent,
                children.stream().map(r -> childRefs.get(r.id())).toList(),
                c.getExperiences().stream()
                        .map(e -> new ExperienceView(
                                e.getId(),
                                texts.text(part(EXPERIENCE, e.getId(), "title")),
                                texts.text(part(EXPERIENCE, e.getId(), "description")),
                                e.getUrl(),
                                partLanguages(texts, EXPERIENCE, e.getId(), "title", "description")))
                        .toList(),
                c.getProblems().stream()
                        .map(p -> new ProblemView(
                                p.getId(),
                                texts.text(part(PROBLEM, p.getId(), "title")),
                                texts.text(part(PROBLEM, p.getId(), "description")),
                                p.getAllyKinds().stream().sorted().toList(),
                                p.getActorIds().stream()
                                        .map(actorSummaries::get)
                                        .filter(java.util.Objects::nonNull)
                                        .sorted(Comparator.comparing(ActorSummary::name)
                                                .thenComparing(ActorSummary::slug))
                                        .toList(),
                                p.getSolutions().stream().map(SolutionView::of).toList(),
                                partLanguages(texts, PROBLEM, p.getId(), "title", "description")))
                        .toList(),
                c.getImpacts().stream()
                        .map(i -> ImpactMapper.impact(
                                i,
                                texts.text(part(IMPACT, i.getId(), "title")),
                                texts.text(part(IMPACT, i.getId(), "indicator")),
                                partLanguages(texts, IMPACT, i.getId(), "title", "indicator")))
                        .toList(),
                memberViews,
                territorials.views(declensions.ofCoalition(c.getId())),
                new GovernanceWarnings(fundersOnlyPilot(memberViews)),
                c.isSample(),
                c.isCommentsOpen(),
                c.getCreatedAt(),
                c.getUpdatedAt(),
                ownLanguages(texts.languages()));
    }

    /** The prefixes of the canvas parts translated with the coalition ("problem.12.title"). */
    static final String PROBLEM = "problem";

    static final String EXPERIENCE = "experience";
    static final String IMPACT = "impact";

    static String part(String prefix, Long id, String field) {
        return prefix + "." + id + "." + field;
    }

    /** The languages of one canvas part's texts, by their own field names. */
    private static TextLanguages partLanguages(Localized texts, String prefix, Long id, String... fields) {
        Map<String, String> languages = new LinkedHashMap<>();
        for (String field : fields) {
            languages.put(field, texts.languages().texts().get(part(prefix, id, field)));
        }
        return new TextLanguages(texts.languages().original(), languages);
    }

    /** The languages of the coalition's own texts, without its canvas parts'. */
    private static TextLanguages ownLanguages(TextLanguages all) {
        Map<String, String> own = new LinkedHashMap<>();
        all.texts().forEach((field, lang) -> {
            if (field.indexOf('.') < 0) {
                own.put(field, lang);
            }
        });
        return new TextLanguages(all.original(), own);
    }

    /** The translatable texts of a coalition, by field name. */
    public static Source source(Coalition c) {
        Source own = Source.of(
                c.getLang(),
                "title",
                c.getTitle(),
                "summary",
                c.getSummary(),
                "intention",
                c.getIntention(),
                "vision",
                c.getVision());
        Map<String, String> texts = new LinkedHashMap<>(own.texts());
        c.getProblems().forEach(p -> {
            texts.put(part(PROBLEM, p.getId(), "title"), p.getTitle());
            texts.put(part(PROBLEM, p.getId(), "description"), p.getDescription());
        });
        c.getExperiences().forEach(e -> {
            texts.put(part(EXPERIENCE, e.getId(), "title"), e.getTitle());
            texts.put(part(EXPERIENCE, e.getId(), "description"), e.getDescription());
        });
        c.getImpacts().forEach(i -> {
            texts.put(part(IMPACT, i.getId(), "title"), i.getTitle());
            texts.put(part(IMPACT, i.getId(), "indicator"), i.getIndicator());
        });
        return new Source(own.original(), texts);
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
