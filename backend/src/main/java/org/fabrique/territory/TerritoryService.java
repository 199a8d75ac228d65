package org.fabrique.territory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.error.ProblemType;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.i18n.ContentLanguage;
import org.fabrique.common.i18n.TranslationInput;
import org.fabrique.common.i18n.Translations;
import org.fabrique.common.i18n.TranslationsView;
import org.fabrique.common.paging.ListTotals;
import org.fabrique.common.paging.Page;
import org.fabrique.common.paging.PageRequest;
import org.fabrique.common.paging.UpdatedSince;
import org.fabrique.common.persistence.ListQuery;
import org.fabrique.common.persistence.SlugIds;
import org.fabrique.common.text.Slugs;

/** Territories: the tree, the flat list, single reads and writes, and contracts for other features. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TerritoryService {
    public static final Set<String> SORTS = Set.of("name", "kind", "code", "updatedAt");
    /** Slugs that would collide with literal sub-paths of the territory resource. */
    static final Set<String> RESERVED_SLUGS = Set.of("list");

    private final TerritoryRepository repository;
    private final EntityTags tags;

    private final TerritoryStewardship stewardship;
    private final TerritoryMapper mapper;
    private final ListTotals totals;
    private final Translations translations;

    public TerritoryService(
            TerritoryRepository repository,
            EntityTags tags,
            TerritoryStewardship stewardship,
            TerritoryMapper mapper,
            ListTotals totals,
            Translations translations) {
        this.translations = translations;
        this.repository = repository;
        this.tags = tags;
        this.stewardship = stewardship;
        this.mapper = mapper;
        this.totals = totals;
    }

    /** The whole hierarchy as a list of roots, built in memory from one query. */
    public List<TerritoryNode> tree() {
        return mapper.tree(repository.listByName());
    }

    /**
     * The territories updated since an instant, as a tree in (updatedAt, id) order: a territory
     * whose parent was not updated is a root. The whole tree when {@code since} is null.
     */
    public List<TerritoryNode> tree(UpdatedSince since) {
        if (since == null) {
            return tree();
        }
        return mapper.tree(repository.listByName().stream()
                .filter(territory -> since.admits(territory.stamp()))
                .sorted(Comparator.comparing((Territory t) -> t.getUpdatedAt()).thenComparing(Territory::getId))
                .toList());
    }

    /** Flat paged list; an unknown parent slug gives an empty page. */
    public Page<TerritorySummary> list(TerritoryKind kind, String parentSlug, PageRequest request) {
        Long parentId = null;
        if (parentSlug != null) {
            Optional<Long> found = idOf(parentSlug);
            if (found.isEmpty()) {
                return Page.of(List.of(), request, 0);
            }
            parentId = found.get();
        }
        ListQuery.Rows<Territory> rows = ListQuery.over(Territory.class, "t")
                .and("t.kind = :kind", "kind", kind)
                .and("t.parentId = :parent", "parent", parentId)
                .page(
                        repository.getEntityManager(),
                        "t",
                        Territory.class,
                        "t." + request.sort() + (request.descending() ? " desc" : " asc") + ", t.slug",
                        request,
                        totals);
        return Page.of(
                rows.items().stream().map(TerritoryMapper::summary).toList(), request, rows.total(), rows.nextCursor());
    }

    public Versioned<TerritoryView> get(String slug) {
        return versioned(load(slug));
    }

    @Transactional
    public Versioned<TerritoryView> create(TerritoryInput input) {
        String slug = input.slug() != null ? input.slug() : Slugs.slugify(input.name(), 120);
        checkSlugFree(slug);
        Territory territory = new Territory(slug);
        apply(territory, input, null);
        repository.persist(territory);
        repository.flush();
        return versioned(territory);
    }

    @Transactional
    public Versioned<TerritoryView> update(String slug, TerritoryInput input, String ifMatch) {
        Territory territory = load(slug);
        if (!stewardship.mayEdit(territory.getId())) {
            throw new DomainException(ProblemType.FORBIDDEN, "You do not manage territory '" + slug + "'");
        }
        tags.checkIfMatch(ifMatch, territory.getVersion());
        if (input.slug() != null && !input.slug().equals(slug)) {
            checkSlugFree(input.slug());
            territory.setSlug(input.slug());
        }
        apply(territory, input, territory.getId());
        repository.flush();
        return versioned(territory);
    }

    /** The originals and translations of a territory's texts (TerritoryResource checks TerritoryAccess). */
    public TranslationsView translations(String slug) {
        Territory territory = load(slug);
        return translations.view(TerritoryMapper.KIND, territory.getId(), TerritoryMapper.source(territory));
    }

    @Transactional
    public TranslationsView translate(String slug, String lang, TranslationInput input) {
        Territory territory = load(slug);
        return translations.translate(TerritoryMapper.KIND, territory, TerritoryMapper.source(territory), lang, input);
    }

    @Transactional
    public void deleteTranslation(String slug, String lang) {
        translations.deleteTranslation(TerritoryMapper.KIND, load(slug), lang);
    }

    @Transactional
    public void delete(String slug) {
        Territory territory = load(slug);
        if (repository.hasChildren(territory.getId())) {
            throw DomainException.conflict(
                    "Territory '" + slug + "' has territories below it; move or delete them first");
        }
        repository.delete(territory);
        try {
            repository.flush();
        } catch (PersistenceException e) {
            throw DomainException.conflict("Territory '" + slug + "' is still referenced (by actors, for instance)");
        }
    }

    /** Summaries of the given territories, for other features to embed. */
    public Map<Long, TerritorySummary> summaries(Collection<Long> ids) {
        return repository.findByIds(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(Territory::getId, TerritoryMapper::summary));
    }

    /** The id of a territory used as a filter, or empty when none has that slug. */
    public Optional<Long> idOf(String slug) {
        return repository.findBySlug(slug).map(Territory::getId);
    }

    /** Resolves slugs to ids; an unknown slug is a 400 naming {@code field}. */
    public Map<String, Long> idsBySlug(Collection<String> slugs, String field) {
        return SlugIds.resolve(repository.getEntityManager(), Territory.class, "territory", slugs, field);
    }

    /**
     * The territory and all territories below it (a filter on a region includes its metropolises).
     * One query on (id, parent) pairs, then a walk in memory.
     */
    public Set<Long> selfAndDescendantIds(long id) {
        Map<Long, List<Long>> childrenOf = new HashMap<>();
        for (ParentLink link : repository.parentLinks()) {
            if (link.parentId() != null) {
                childrenOf
                        .computeIfAbsent(link.parentId(), k -> new ArrayList<>())
                        .add(link.id());
            }
        }
        Set<Long> result = new HashSet<>();
        List<Long> frontier = new ArrayList<>(List.of(id));
        while (!frontier.isEmpty()) {
            Long current = frontier.remove(frontier.size() - 1);
            if (result.add(current)) {
                frontier.addAll(childrenOf.getOrDefault(current, List.of()));
            }
        }
        return result;
    }

    private Territory load(String slug) {
        return repository.findBySlug(slug).orElseThrow(() -> DomainException.notFound("territory", slug));
    }

    private void checkSlugFree(String slug) {
        if (RESERVED_SLUGS.contains(slug)) {
            throw DomainException.invalidField("slug", "'" + slug + "' is reserved");
        }
        if (repository.findBySlug(slug).isPresent()) {
            throw DomainException.conflict("A territory with slug '" + slug + "' already exists");
        }
    }

    /** Applies the input; {@code selfId} is the id of the territory being updated (null on creation). */
    private void apply(Territory territory, TerritoryInput input, Long selfId) {
        ContentLanguage.ofWrite().ifPresent(territory::setLang);
        Long parentId = null;
        if (input.parent() != null) {
            Territory parent = repository
                    .findBySlug(input.parent())
                    .orElseThrow(
                            () -> DomainException.invalidField("parent", "unknown territory '" + input.parent() + "'"));
            parentId = parent.getId();
            if (selfId != null) {
                checkNoCycle(selfId, parent);
            }
        }
        territory.setName(input.name().trim());
        territory.setKind(input.kind());
        territory.setCode(
                input.code() == null || input.code().isBlank()
                        ? null
                        : input.code().trim());
        territory.setParentId(parentId);
        territory.setDescription(input.description());
        territory.setSample(Boolean.TRUE.equals(input.sample()));
    }

    /** Walks up from the proposed parent: meeting the territory itself means a cycle. */
    private void checkNoCycle(long selfId, Territory proposedParent) {
        Set<Long> seen = new HashSet<>();
        Territory current = proposedParent;
        while (current != null && seen.add(current.getId())) {
            if (current.getId() == selfId) {
                throw DomainException.invalidField(
                        "parent", "a territory cannot be placed below itself or one of its descendants");
            }
            current = current.getParentId() == null ? null : repository.findById(current.getParentId());
        }
    }

    private Versioned<TerritoryView> versioned(Territory territory) {
        return new Versioned<>(mapper.view(territory), territory.getVersion());
    }
}
