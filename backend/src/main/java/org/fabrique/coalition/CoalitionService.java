package org.fabrique.coalition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.account.AccountRef;
import org.fabrique.account.AccountService;
import org.fabrique.actor.ActorKind;
import org.fabrique.actor.ActorService;
import org.fabrique.actor.ActorSummary;
import org.fabrique.axis.AxisService;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.persistence.SlugIds;
import org.fabrique.common.search.SearchQuery;
import org.fabrique.common.text.Slugs;
import org.fabrique.common.text.Snippets;
import org.fabrique.common.validation.InputValidator;
import org.fabrique.territory.TerritoryService;

/**
 * Coalitions and their canvas: list with filters, the whole canvas view, creation, replacement,
 * deletion and impact measures; plus the contracts other features call (refs, summaries, search).
 *
 * <p>Governance: {@link GovernanceWarnings#fundersOnlyPilot()} is true when, among CONFIRMED
 * memberships, either no PILOT exists while a FUNDER does (the funder is the only one steering),
 * or every PILOT is an actor of kind {@link ActorKind#FUNDER}. An actor holds one membership per
 * coalition, so a funder cannot also be recorded as pilot; the actor kind covers that case.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoalitionService {
    public static final Set<String> SORTS = Set.of("number", "title", "stage", "updatedAt");
    public static final int MAX_KEYWORDS = 30;
    static final int EXCERPT = 200;
    private static final String STAGE_ORDER = "case c.stage"
            + " when org.fabrique.coalition.Stage.EMERGING then 0"
            + " when org.fabrique.coalition.Stage.FORMING then 1"
            + " when org.fabrique.coalition.Stage.COMMITTED then 2"
            + " when org.fabrique.coalition.Stage.ACTING then 3"
            + " when org.fabrique.coalition.Stage.AUTONOMOUS then 4"
            + " else 5 end";

    private final CoalitionRepository repository;
    private final MembershipRepository memberships;
    private final TerritorialCoalitionRepository territorials;
    private final CoalitionMapper mapper;
    private final AxisService axes;
    private final ActorService actors;
    private final TerritoryService territories;
    private final EntityTags tags;
    private final CoalitionAccess access;
    private final InputValidator validator;
    private final AccountService accounts;
    private final CoalitionStatsRepository stats;
    private final ListTotals totals;

    public CoalitionService(
            CoalitionRepository repository,
            MembershipRepository memberships,
            TerritorialCoalitionRepository territorials,
            CoalitionMapper mapper,
            AxisService axes,
            ActorService actors,
            TerritoryService territories,
            EntityTags tags,
            CoalitionAccess access,
            InputValidator validator,
            AccountService accounts,
            CoalitionStatsRepository stats,
            ListTotals totals) {
        this.stats = stats;
        this.totals = totals;
        this.access = access;
        this.validator = validator;
        this.accounts = accounts;
        this.repository = repository;
        this.memberships = memberships;
        this.territorials = territorials;
        this.mapper = mapper;
        this.axes = axes;
        this.actors = actors;
        this.territories = territories;
        this.tags = tags;
    }

    // ---------------------------------------------------------------- reads

    /** A page of coalition summaries; unknown axis, territory or parent slugs give an empty page. */
    public Page<CoalitionSummary> list(CoalitionFilter filter, PageRequest page) {
        Long axisId = null;
        if (filter.axis() != null) {
            Optional<Long> found = axes.idOf(filter.axis());
            if (found.isEmpty()) {
                return Page.of(List.of(), page, 0);
            }
            axisId = found.get();
        }
        Set<Long> territoryIds = null;
        if (filter.territory() != null) {
            Optional<Long> found = territories.idOf(filter.territory());
            if (found.isEmpty()) {
                return Page.of(List.of(), page, 0);
            }
            territoryIds = Set.copyOf(territories.selfAndDescendantIds(found.get()));
        }
        Long parentId = null;
        if (filter.parent() != null) {
            Optional<Coalition> parent = repository.findBySlug(filter.parent());
            if (parent.isEmpty()) {
                return Page.of(List.of(), page, 0);
            }
            parentId = parent.get().getId();
        }
        String keyword =
                filter.keyword() == null || normaliseKeyword(filter.keyword()).isEmpty()
                        ? null
                        : normaliseKeyword(filter.keyword());
        SearchQuery words = filter.q() == null ? null : SearchQuery.of(filter.q());
        CoalitionSummaryQuery query = new CoalitionSummaryQuery(
                axisId,
                territoryIds,
                parentId,
                filter.stage(),
                keyword,
                words == null || words.isEmpty() ? null : words.tsQuery(),
                words == null || words.isEmpty() ? null : words.titlePattern(),
                page.sort(),
                page.descending());
        List<CoalitionSummaryRow> rows = repository.summaryPage(query, page.offset(), page.size());
        long total = totals.of(query.unordered(), page, rows.size(), () -> repository.countSummaries(query));
        return Page.of(mapper.summariesOfRows(rows), page, total);
    }

    public CoalitionView get(String slug) {
        return toView(load(slug));
    }

    // ---------------------------------------------------------------- writes

    @Transactional
    public CoalitionView create(CoalitionInput input) {
        validator.valid(input);
        String slug = input.slug() != null ? input.slug() : Slugs.slugify(input.title(), 120);
        if (repository.findBySlug(slug).isPresent()) {
            throw DomainException.conflict("A coalition with slug '" + slug + "' already exists");
        }
        int number;
        if (input.number() != null) {
            if (repository.numberTaken(input.number())) {
                throw DomainException.conflict("Coalition number " + input.number() + " is taken");
            }
            number = input.number();
        } else {
            number = repository.maxNumber() + 1;
        }
        Coalition coalition = new Coalition(number, slug);
        apply(coalition, input, null);
        access.onCreated(coalition);
        repository.persist(coalition);
        repository.flush();
        return toView(coalition);
    }

    @Transactional
    public CoalitionView update(String slug, CoalitionInput input, String ifMatch) {
        Coalition coalition = load(slug);
        access.requireEditable(coalition);
        validator.valid(input);
        tags.checkIfMatch(ifMatch, toView(coalition));
        if (input.slug() != null && !input.slug().equals(slug)) {
            if (repository.findBySlug(input.slug()).isPresent()) {
                throw DomainException.conflict("A coalition with slug '" + input.slug() + "' already exists");
            }
            coalition.setSlug(input.slug());
        }
        if (input.number() != null && input.number() != coalition.getNumber()) {
            if (repository.numberTaken(input.number())) {
                throw DomainException.conflict("Coalition number " + input.number() + " is taken");
            }
            coalition.setNumber(input.number());
        }
        apply(coalition, input, coalition.getId());
        coalition.markChanged();
        repository.flush();
        return toView(coalition);
    }

    @Transactional
    public void delete(String slug) {
        Coalition coalition = load(slug);
        access.requireEditable(coalition);
        repository.delete(coalition);
    }

    /** What the caller may do with the coalition. */
    public CoalitionPermissions permissions(String slug) {
        boolean edit = access.canEdit(load(slug));
        return new CoalitionPermissions(edit, edit, edit);
    }

    /** Named coordinators of the coalition, by account. */
    public List<AccountRef> coordinators(String slug) {
        Coalition coalition = load(slug);
        Map<Long, AccountRef> refs = accounts.refs(coalition.getCoordinatorAccountIds());
        return coalition.getCoordinatorAccountIds().stream()
                .map(refs::get)
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(AccountRef::id))
                .toList();
    }

    /** Replaces the named coordinators (the caller must be able to edit the coalition). */
    @Transactional
    public List<AccountRef> setCoordinators(String slug, CoordinatorsInput input) {
        Coalition coalition = load(slug);
        access.requireEditable(coalition);
        validator.valid(input);
        Set<Long> ids = accounts.existingIds(input.accounts(), "accounts");
        coalition.getCoordinatorAccountIds().clear();
        coalition.getCoordinatorAccountIds().addAll(ids);
        coalition.markChanged();
        repository.flush();
        return coordinators(coalition.getSlug());
    }

    @Transactional
    public MeasureView addMeasure(String slug, long impactId, MeasureInput input) {
        Coalition coalition = load(slug);
        access.requireEditable(coalition);
        validator.valid(input);
        DesiredImpact impact = impact(coalition, impactId);
        ImpactMeasure measure = new ImpactMeasure(impact);
        measure.setMeasuredOn(input.measuredOn());
        measure.setValue(input.value());
        measure.setEvidence(input.evidence());
        measure.setEvidenceUrl(input.evidenceUrl());
        impact.getMeasures().add(measure);
        coalition.markChanged();
        repository.flush();
        return toMeasureView(measure);
    }

    @Transactional
    public void deleteMeasure(String slug, long impactId, long measureId) {
        Coalition coalition = load(slug);
        access.requireEditable(coalition);
        DesiredImpact impact = impact(coalition, impactId);
        ImpactMeasure measure = impact.getMeasures().stream()
                .filter(m -> m.getId().equals(measureId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("measure", String.valueOf(measureId)));
        impact.getMeasures().remove(measure);
        coalition.markChanged();
    }

    // ---------------------------------------------------------------- package helpers

    Coalition load(String slug) {
        return repository.findBySlug(slug).orElseThrow(() -> DomainException.notFound("coalition", slug));
    }

    static String normaliseKeyword(String keyword) {
        return keyword.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- private

    private static DesiredImpact impact(Coalition coalition, long impactId) {
        return coalition.getImpacts().stream()
                .filter(i -> i.getId().equals(impactId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("impact", String.valueOf(impactId)));
    }

    private void apply(Coalition c, CoalitionInput in, Long selfId) {
        c.setTitle(in.title().trim());
        c.setSummary(in.summary());
        c.setIntention(in.intention());
        c.setVision(in.vision());
        c.setStage(in.stage() != null ? in.stage() : Stage.EMERGING);
        c.setSample(Boolean.TRUE.equals(in.sample()));
        if (in.commentsOpen() != null) {
            c.setCommentsOpen(in.commentsOpen());
        }
        c.setParentId(resolveParent(in.parent(), selfId));

        List<String> axisSlugs = orEmpty(in.axes());
        Set<Long> axisIds = axisSlugs.isEmpty()
                ? Set.of()
                : new HashSet<>(axes.idsBySlug(axisSlugs, "axes").values());
        c.getAxisIds().retainAll(axisIds);
        c.getAxisIds().addAll(axisIds);

        Set<String> keywords = new LinkedHashSet<>();
        for (String k : orEmpty(in.keywords())) {
            keywords.add(normaliseKeyword(k));
        }
        c.getKeywords().retainAll(keywords);
        c.getKeywords().addAll(keywords);

        c.getExperiences().clear();
        int position = 0;
        for (CoalitionInput.ExperienceInput e : orEmpty(in.experiences())) {
            Experience experience = new Experience(c);
            experience.setPosition(position++);
            experience.setTitle(e.title().trim());
            experience.setDescription(e.description());
            experience.setUrl(e.url());
            c.getExperiences().add(experience);
        }

        applyProblems(c, orEmpty(in.problems()));
        applyImpacts(c, orEmpty(in.impacts()));
    }

    private Long resolveParent(String parentSlug, Long selfId) {
        if (parentSlug == null || parentSlug.isBlank()) {
            return null;
        }
        Long parentId = SlugIds.resolve(
                        repository.getEntityManager(), Coalition.class, "coalition", List.of(parentSlug), "parent")
                .get(parentSlug);
        if (selfId != null) {
            Long cursor = parentId;
            for (int depth = 0; cursor != null && depth < 100; depth++) {
                if (cursor.equals(selfId)) {
                    throw DomainException.invalidField("parent", "a coalition cannot descend from itself");
                }
                cursor = repository
                        .findByIdOptional(cursor)
                        .map(Coalition::getParentId)
                        .orElse(null);
            }
        }
        return parentId;
    }

    private void applyProblems(Coalition c, List<CoalitionInput.ProblemInput> inputs) {
        Set<String> actorSlugs = new HashSet<>();
        inputs.forEach(p -> actorSlugs.addAll(orEmpty(p.actors())));
        Map<String, Long> actorIds = actorSlugs.isEmpty() ? Map.of() : actors.idsBySlug(actorSlugs, "problems.actors");
        Map<Long, CoalitionProblem> existing =
                c.getProblems().stream().collect(Collectors.toMap(CoalitionProblem::getId, p -> p));
        List<CoalitionProblem> next = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            CoalitionInput.ProblemInput in = inputs.get(i);
            CoalitionProblem problem;
            if (in.id() != null) {
                problem = existing.get(in.id());
                if (problem == null) {
                    throw DomainException.invalidField("problems[" + i + "].id", "not a problem of this coalition");
                }
            } else {
                problem = new CoalitionProblem(c);
            }
            problem.setPosition(i);
            problem.setTitle(in.title().trim());
            problem.setDescription(in.description());
            Set<String> kinds = new LinkedHashSet<>();
            orEmpty(in.allyKinds()).forEach(k -> kinds.add(k.trim()));
            problem.getAllyKinds().retainAll(kinds);
            problem.getAllyKinds().addAll(kinds);
            Set<Long> joined = new HashSet<>();
            orEmpty(in.actors()).forEach(s -> joined.add(actorIds.get(s)));
            problem.getActorIds().retainAll(joined);
            problem.getActorIds().addAll(joined);
            next.add(problem);
        }
        c.getProblems().clear();
        c.getProblems().addAll(next);
    }

    private void applyImpacts(Coalition c, List<CoalitionInput.ImpactInput> inputs) {
        Map<Long, DesiredImpact> existing =
                c.getImpacts().stream().collect(Collectors.toMap(DesiredImpact::getId, i -> i));
        List<DesiredImpact> next = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            CoalitionInput.ImpactInput in = inputs.get(i);
            DesiredImpact impact;
            if (in.id() != null) {
                impact = existing.get(in.id());
                if (impact == null) {
                    throw DomainException.invalidField("impacts[" + i + "].id", "not an impact of this coalition");
                }
            } else {
                impact = new DesiredImpact(c);
            }
            impact.setPosition(i);
            impact.setTitle(in.title().trim());
            impact.setIndicator(in.indicator().trim());
            impact.setUnit(in.unit().trim());
            impact.setBaseline(in.baseline());
            impact.setTarget(in.target());
            impact.setTargetDate(in.targetDate());
            next.add(impact);
        }
        c.getImpacts().clear();
        c.getImpacts().addAll(next);
    }

    CoalitionView toView(Coalition c) {
        List<Membership> members = memberships.ofCoalition(c.getId());
        List<TerritorialCoalition> declensions = territorials.ofCoalition(c.getId());
        Set<Long> actorIds = new HashSet<>();
        c.getProblems().forEach(p -> actorIds.addAll(p.getActorIds()));
        members.forEach(m -> actorIds.add(m.getActorId()));
        Map<Long, ActorSummary> actorSummaries = mapper.actorSummaries(actorIds);
        CoalitionRef parent = c.getParentId() == null
                ? null
                : repository
                        .findByIdOptional(c.getParentId())
                        .map(CoalitionMapper::ref)
                        .orElse(null);
        List<MembershipView> memberViews = members.stream()
                .map(m -> CoalitionMapper.member(m, actorSummaries.get(m.getActorId())))
                .toList();
        return new CoalitionView(
                c.getNumber(),
                c.getSlug(),
                c.getTitle(),
                c.getSummary(),
                c.getIntention(),
                c.getVision(),
                c.getStage(),
                mapper.axes(c.getAxisIds()),
                c.getKeywords().stream().sorted().toList(),
                parent,
                repository.children(c.getId()).stream()
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
                c.getImpacts().stream().map(CoalitionService::toImpactView).toList(),
                memberViews,
                mapper.territorials(declensions),
                new GovernanceWarnings(fundersOnlyPilot(memberViews)),
                c.isSample(),
                c.isCommentsOpen(),
                c.getCreatedAt(),
                c.getUpdatedAt());
    }

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

    private static ImpactView toImpactView(DesiredImpact i) {
        List<MeasureView> measures = i.getMeasures().stream()
                .sorted(Comparator.comparing(ImpactMeasure::getMeasuredOn).thenComparing(ImpactMeasure::getId))
                .map(CoalitionService::toMeasureView)
                .toList();
        BigDecimal latest =
                measures.isEmpty() ? null : measures.get(measures.size() - 1).value();
        Double progress = null;
        if (latest != null) {
            BigDecimal base = i.getBaseline() == null ? BigDecimal.ZERO : i.getBaseline();
            BigDecimal span = i.getTarget().subtract(base);
            if (span.signum() != 0) {
                progress = latest.subtract(base)
                        .divide(span, MathContext.DECIMAL64)
                        .setScale(4, java.math.RoundingMode.HALF_UP)
                        .doubleValue();
            }
        }
        return new ImpactView(
                i.getId(),
                i.getTitle(),
                i.getIndicator(),
                i.getUnit(),
                CoalitionMapper.number(i.getBaseline()),
                CoalitionMapper.number(i.getTarget()),
                i.getTargetDate(),
                measures,
                CoalitionMapper.number(latest),
                progress);
    }

    private static MeasureView toMeasureView(ImpactMeasure m) {
        return new MeasureView(
                m.getId(),
                m.getMeasuredOn(),
                CoalitionMapper.number(m.getValue()),
                m.getEvidence(),
                m.getEvidenceUrl());
    }

    static String clip(String text, int max) {
        return Snippets.clip(text, max);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
