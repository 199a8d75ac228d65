package org.fabrique.coalition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fabrique.account.AccountRef;
import org.fabrique.account.AccountService;
import org.fabrique.axis.AxisService;
import org.fabrique.coalition.canvas.CanvasWriter;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.i18n.ContentLanguage;
import org.fabrique.common.i18n.TranslationInput;
import org.fabrique.common.i18n.Translations;
import org.fabrique.common.i18n.TranslationsView;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.search.SearchQuery;
import org.fabrique.common.text.Slugs;
import org.fabrique.territory.TerritoryService;

/**
 * Coalitions: the list with its filters, one coalition, its creation, update and deletion, and its
 * named coordinators. The canvas is written by {@link CanvasWriter}, views are built by
 * {@link CoalitionMapper}; memberships, commitments, declensions and measures have their own
 * services in the feature's sub-packages.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoalitionService {
    public static final Set<String> SORTS = Set.of("number", "title", "stage", "updatedAt");
    public static final int MAX_KEYWORDS = 30;
    static final int EXCERPT = 200;

    private final CoalitionRepository repository;
    private final CoalitionMapper mapper;
    private final CanvasWriter canvas;
    private final CoalitionAccess access;
    private final AxisService axes;
    private final TerritoryService territories;
    private final AccountService accounts;
    private final EntityTags tags;
    private final ListTotals totals;
    private final jakarta.enterprise.event.Event<CoalitionStageChanged> stageChanged;

    private final Translations translations;

    public CoalitionService(
            CoalitionRepository repository,
            CoalitionMapper mapper,
            CanvasWriter canvas,
            CoalitionAccess access,
            AxisService axes,
            TerritoryService territories,
            AccountService accounts,
            EntityTags tags,
            ListTotals totals,
            jakarta.enterprise.event.Event<CoalitionStageChanged> stageChanged,
            Translations translations) {
        this.translations = translations;
        this.repository = repository;
        this.mapper = mapper;
        this.canvas = canvas;
        this.access = access;
        this.axes = axes;
        this.territories = territories;
        this.accounts = accounts;
        this.tags = tags;
        this.totals = totals;
        this.stageChanged = stageChanged;
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
        String keyword = filter.keyword() == null
                        || CanvasWriter.normaliseKeyword(filter.keyword()).isEmpty()
                ? null
                : CanvasWriter.normaliseKeyword(filter.keyword());
        SearchQuery words = filter.q() == null ? null : SearchQuery.of(filter.q());
        boolean searching = words != null && !words.isEmpty();
        CoalitionSummaryQuery query = new CoalitionSummaryQuery(
                axisId,
                territoryIds,
                parentId,
                filter.stage(),
                keyword,
                searching ? words.tsQuery() : null,
                searching ? words.titlePattern() : null,
                page.sort(),
                page.descending(),
                page.since());
        List<CoalitionSummaryRow> rows = repository.summaryPage(query, page.offset(), page.size());
        long total = totals.of(query.unordered(), page, rows.size(), () -> repository.countSummaries(query));
        return Page.of(mapper.summariesOfRows(rows), page, total, Page.nextCursor(rows, page));
    }

    public Versioned<CoalitionView> get(String slug) {
        return versioned(load(slug));
    }

    // ---------------------------------------------------------------- writes

    @Transactional
    public Versioned<CoalitionView> create(CoalitionInput input) {
        String slug = input.slug() != null ? input.slug() : Slugs.slugify(input.title(), 120);
        if (repository.findBySlug(slug).isPresent()) {
            throw DomainException.conflict("A coalition with slug ''{0}'' already exists", slug);
        }
        int number;
        if (input.number() != null) {
            if (repository.numberTaken(input.number())) {
                throw DomainException.conflict("Coalition number {0} is taken", String.valueOf(input.number()));
            }
            number = input.number();
        } else {
            number = repository.maxNumber() + 1;
        }
        Coalition coalition = new Coalition(number, slug);
        canvas.apply(coalition, input, null);
        ContentLanguage.ofWrite().ifPresent(coalition::setLang);
        access.onCreated(coalition);
        repository.persist(coalition);
        repository.flush();
        return versioned(coalition);
    }

    /** Replaces the canvas; {@code ifMatch} names the version the caller edited (412 when stale). */
    @Transactional
    public Versioned<CoalitionView> update(String slug, CoalitionInput input, String ifMatch) {
        Coalition coalition = load(slug);
        access.requireEditable(coalition);
        tags.checkIfMatch(ifMatch, coalition.getVersion());
        if (input.slug() != null && !input.slug().equals(slug)) {
            if (repository.findBySlug(input.slug()).isPresent()) {
                throw DomainException.conflict("A coalition with slug ''{0}'' already exists", input.slug());
            }
            coalition.setSlug(input.slug());
        }
        if (input.number() != null && input.number() != coalition.getNumber()) {
            if (repository.numberTaken(input.number())) {
                throw DomainException.conflict("Coalition number {0} is taken", String.valueOf(input.number()));
            }
            coalition.setNumber(input.number());
        }
        Stage before = coalition.getStage();
        canvas.apply(coalition, input, coalition.getId());
        ContentLanguage.ofWrite().ifPresent(coalition::setLang);
        coalition.markChanged();
        repository.flush();
        if (coalition.getStage() != before) {
            stageChanged.fire(new CoalitionStageChanged(
                    coalition.getId(),
                    coalition.getSlug(),
                    coalition.getTitle(),
                    before,
                    coalition.getStage(),
                    coalition.getVersion()));
        }
        return versioned(coalition);
    }

    @Transactional
    public void delete(String slug) {
        Coalition coalition = load(slug);
        access.requireEditable(coalition);
        repository.delete(coalition);
    }

    /** The originals and translations of the coalition's texts (for those who may edit it). */
    public TranslationsView translations(String slug) {
        Coalition coalition = load(slug);
        access.requireEditable(coalition);
        return translations.view(CoalitionMapper.KIND, coalition.getId(), CoalitionMapper.source(coalition));
    }

    /** Writes a translation of the coalition's texts (the permission to edit it is needed). */
    @Transactional
    public TranslationsView translate(String slug, String lang, TranslationInput input) {
        Coalition coalition = load(slug);
        access.requireEditable(coalition);
        if (translations.write(
                CoalitionMapper.KIND, coalition.getId(), CoalitionMapper.source(coalition), lang, input)) {
            coalition.markChanged();
            repository.flush();
        }
        return translations.view(CoalitionMapper.KIND, coalition.getId(), CoalitionMapper.source(coalition));
    }

    @Transactional
    public void deleteTranslation(String slug, String lang) {
        Coalition coalition = load(slug);
        access.requireEditable(coalition);
        if (translations.delete(CoalitionMapper.KIND, coalition.getId(), lang)) {
            coalition.markChanged();
            repository.flush();
        }
    }

    /** What the caller may do with the coalition. */
    public CoalitionPermissions permissions(String slug) {
        boolean edit = access.canEdit(load(slug));
        return new CoalitionPermissions(edit, edit, edit);
    }

    /** Named coordinators of the coalition, by account. */
    public List<AccountRef> coordinators(String slug) {
        return coordinators(load(slug));
    }

    /**
     * Replaces the named coordinators (the caller must be able to edit the coalition);
     * {@code ifMatch}, when given, must name the ETag of the list as read (412 otherwise).
     */
    @Transactional
    public List<AccountRef> setCoordinators(String slug, CoordinatorsInput input, String ifMatch) {
        Coalition coalition = load(slug);
        access.requireEditable(coalition);
        tags.checkIfMatch(ifMatch, coordinators(coalition));
        Set<Long> ids = accounts.existingIds(input.accounts(), "accounts");
        coalition.getCoordinatorAccountIds().clear();
        coalition.getCoordinatorAccountIds().addAll(ids);
        coalition.markChanged();
        repository.flush();
        return coordinators(coalition);
    }

    // ---------------------------------------------------------------- for the feature's parts

    /**
     * The coalition with this slug, or 404: for the parts of the coalition feature (canvas,
     * membership, territorial); other features use {@link CoalitionDirectory}.
     */
    public Coalition load(String slug) {
        return repository.findBySlug(slug).orElseThrow(() -> DomainException.notFound("coalition", slug));
    }

    private Versioned<CoalitionView> versioned(Coalition coalition) {
        return new Versioned<>(mapper.view(coalition), coalition.getVersion());
    }

    private List<AccountRef> coordinators(Coalition coalition) {
        Map<Long, AccountRef> refs = accounts.refs(coalition.getCoordinatorAccountIds());
        return coalition.getCoordinatorAccountIds().stream()
                .map(refs::get)
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(AccountRef::id))
                .toList();
    }
}
