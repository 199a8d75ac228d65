package org.fabrique.axis;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fabrique.common.cache.CacheDependency;
import org.fabrique.common.cache.ChangeFeed;
import org.fabrique.common.error.DomainException;
import org.fabrique.common.http.EntityTags;
import org.fabrique.common.http.Versioned;
import org.fabrique.common.persistence.SlugIds;
import org.fabrique.common.text.Slugs;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AxisService {
    public static final int CLOUD_SIZE = 40;

    /** The axes with their keyword clouds, emptied when an axis or a coalition changes. */
    static final String CACHE = "axes";

    private final AxisRepository repository;
    private final AxisKeywords keywords;
    private final EntityTags tags;
    private final ChangeFeed changes;
    private final Cache cache;

    public AxisService(
            AxisRepository repository,
            AxisKeywords keywords,
            EntityTags tags,
            ChangeFeed changes,
            @CacheName(CACHE) Cache cache) {
        this.repository = repository;
        this.keywords = keywords;
        this.tags = tags;
        this.changes = changes;
        this.cache = cache;
    }

    @Produces
    @Singleton
    static CacheDependency cache() {
        // The clouds and counts come from the coalitions' axes and keywords (AxisKeywords).
        return new CacheDependency(CACHE, Set.of("axis", "coalition", "coalition_axis", "coalition_keyword"));
    }

    public List<AxisView> list() {
        return List.copyOf(listById().values());
    }

    /**
     * Every axis in panorama order, keyed by id (for read models that join other features), with
     * its keyword cloud: computed from the coalitions' keywords once, then served from the cache
     * until an axis or a coalition changes.
     */
    public Map<Long, AxisView> listById() {
        return changes.read(cache, "all", this::computeListById);
    }

    private Map<Long, AxisView> computeListById() {
        List<Axis> axes = repository.listOrdered();
        List<Long> ids = axes.stream().map(Axis::getId).toList();
        Map<Long, List<KeywordWeight>> clouds = keywords.cloudsOf(ids, CLOUD_SIZE);
        Map<Long, Long> counts = keywords.coalitionCounts(ids);
        Map<Long, AxisView> views = new LinkedHashMap<>();
        for (Axis a : axes) {
            views.put(
                    a.getId(),
                    toView(a, clouds.getOrDefault(a.getId(), List.of()), counts.getOrDefault(a.getId(), 0L)));
        }
        return Collections.unmodifiableMap(views);
    }

    public Optional<AxisView> find(String slug) {
        return listById().values().stream().filter(a -> a.slug().equals(slug)).findFirst();
    }

    /** One axis with its cloud, read from the database (with the version its ETag names). */
    public Versioned<AxisView> get(String slug) {
        return versioned(load(slug));
    }

    /** Summaries of the given axes, for other features to embed (from the cached axes). */
    public Map<Long, AxisSummary> summaries(Collection<Long> ids) {
        Map<Long, AxisSummary> all = summariesById();
        Map<Long, AxisSummary> wanted = new LinkedHashMap<>();
        for (Long id : ids) {
            AxisSummary summary = all.get(id);
            if (summary != null) {
                wanted.put(id, summary);
            }
        }
        return wanted;
    }

    public List<AxisSummary> summariesOrdered() {
        return List.copyOf(summariesById().values());
    }

    /** Every axis's summary in panorama order, keyed by id (from the cached axes). */
    public Map<Long, AxisSummary> summariesById() {
        Map<Long, AxisSummary> summaries = new LinkedHashMap<>();
        listById().forEach((id, a) -> summaries.put(id, new AxisSummary(a.slug(), a.name(), a.colour())));
        return summaries;
    }

    /** Resolves slugs to ids; an unknown slug is a 400 naming {@code field}. */
    public Map<String, Long> idsBySlug(Collection<String> slugs, String field) {
        return SlugIds.resolve(repository.getEntityManager(), Axis.class, "axis", slugs, field);
    }

    /** The id of an axis used as a filter, or empty when no axis has that slug. */
    public Optional<Long> idOf(String slug) {
        return listById().entrySet().stream()
                .filter(e -> e.getValue().slug().equals(slug))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    @Transactional
    public Versioned<AxisView> create(AxisInput input) {
        String slug = input.slug() != null ? input.slug() : Slugs.slugify(input.name(), 120);
        if (repository.findBySlug(slug).isPresent()) {
            throw DomainException.conflict("An axis with slug '" + slug + "' already exists");
        }
        Axis axis = new Axis(slug);
        apply(axis, input);
        repository.persist(axis);
        repository.flush();
        return versioned(axis);
    }

    @Transactional
    public Versioned<AxisView> update(String slug, AxisInput input, String ifMatch) {
        Axis axis = load(slug);
        tags.checkIfMatch(ifMatch, axis.getVersion());
        if (input.slug() != null && !input.slug().equals(slug)) {
            if (repository.findBySlug(input.slug()).isPresent()) {
                throw DomainException.conflict("An axis with slug '" + input.slug() + "' already exists");
            }
            axis.setSlug(input.slug());
        }
        apply(axis, input);
        repository.flush();
        return versioned(axis);
    }

    @Transactional
    public void delete(String slug) {
        repository.delete(load(slug));
    }

    private static void apply(Axis axis, AxisInput input) {
        axis.setName(input.name().trim());
        axis.setDescription(input.description());
        axis.setColour(input.colour().toLowerCase());
        axis.setPosition(input.position());
        axis.setSample(Boolean.TRUE.equals(input.sample()));
    }

    private Axis load(String slug) {
        return repository.findBySlug(slug).orElseThrow(() -> DomainException.notFound("axis", slug));
    }

    private Versioned<AxisView> versioned(Axis axis) {
        return new Versioned<>(toView(axis), axis.getVersion());
    }

    private AxisView toView(Axis axis) {
        List<Long> ids = List.of(axis.getId());
        return toView(
                axis,
                keywords.cloudsOf(ids, CLOUD_SIZE).getOrDefault(axis.getId(), List.of()),
                keywords.coalitionCounts(ids).getOrDefault(axis.getId(), 0L));
    }

    private static AxisView toView(Axis axis, List<KeywordWeight> cloud, long count) {
        return new AxisView(
                axis.getSlug(),
                axis.getName(),
                axis.getDescription(),
                axis.getColour(),
                axis.getPosition(),
                count,
                cloud,
                axis.isSample(),
                axis.getUpdatedAt());
    }

    static AxisSummary toSummary(Axis axis) {
        return new AxisSummary(axis.getSlug(), axis.getName(), axis.getColour());
    }
}
